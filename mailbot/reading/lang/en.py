"""English words: dates, replies, auto-replies, bounces and receipts, invoices, payment
notices, subjects. See lang/__init__.py for what each name holds."""

MONTHS = {
    1: ("january", "jan"), 2: ("february", "feb"), 3: ("march", "mar"), 4: ("april", "apr"),
    5: ("may",), 6: ("june", "jun"), 7: ("july", "jul"), 8: ("august", "aug"),
    9: ("september", "sept", "sep"), 10: ("october", "oct"), 11: ("november", "nov"),
    12: ("december", "dec"),
}
# month words that are dates only right after a day number ("des" in Indonesian)
AFTER_DAY_ONLY: tuple[str, ...] = ()
# "sat" and "sun" are ordinary words: only the longer forms count
WEEKDAYS = {
    0: ("monday", "mon"), 1: ("tuesday", "tues", "tue"), 2: ("wednesday", "wed"),
    3: ("thursday", "thurs", "thur", "thu"), 4: ("friday", "fri"), 5: ("saturday",),
    6: ("sunday",),
}

# ------------------------------------------------------------------ around a written date
# a day of the month written out ("the twenty-seventh of November"): {words: day}
_UNITS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
          7: "seventh", 8: "eighth", 9: "ninth"}
DAY_WORDS = {
    **{word: day for day, word in _UNITS.items()},
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    **{f"twenty {word}": 20 + day for day, word in _UNITS.items()},
    "thirty first": 31,
}
ORDINAL = r"st|nd|rd|th"  # after a day number: "15th"
DAY_OF = r"of"  # between a day and its month: "15th of December"
BEFORE_DAY = r"the"  # before a day after a month or weekday: "May the 5th", "Monday, the 7th"
YEAR_AFTER = ""  # after a year ("2026 г.")
# words after which "15/12" or "15.12" (no year) is a date, not a fraction or an amount
DATE_PREPOSITIONS = r"on|by|until|before|the"
# a day of the month alone: (before, after) the day number: "the 15th"
# "the 15th", "the 15th of this month" ("the 15th of December" is a whole date)
BARE_DAY = ((r"(?:the\s+)?", r"(?:st|nd|rd|th)\b(?! of (?!(?:this|the) month\b))"),)

# ------------------------------------------------------------------ relative dates
TODAY = r"today|tonight|this (?:afternoon|evening)"
TOMORROW = r"tomorrow|tmrw|tmrow|2morrow|2moro"  # and as typed on a phone
YESTERDAY = r"yesterday|yday|ystdy"  # a day paid, in a paid claim (mailbot.reading.kinds.client_reply)
DAY_AFTER_TOMORROW = r"day after tomorrow"
MONTH_END = (r"(?:(?:by|at|before) )?(?:the )?end[- ]of[- ](?:the[- ]|this[- ])?(?:current[- ])?month|"
             r"month[- ]end")
NEXT_MONTH_END = r"end of next month"
NEXT_MONTH_START = (r"(?:the )?(?:beginning|start) of next month|early next month|"
                    r"first (?:days?|week) of next month")
MID_THIS_MONTH = r"mid-?month|(?:the )?middle of (?:the |this )?month"
NEXT_MONTH = r"next month"
YEAR_END = r"end of (?:the |this )?year|year[- ]end"
# before a month name or a week: "mid-December", "end of next week", "early May"
MID = r"mid|middle of"
END_OF = r"(?:(?:by|at|before) )?(?:the )?end of"
START_OF = r"(?:the )?(?:beginning|start) of|early"
NEXT_WEEK_OF = r"(?:the )?(?:next|following|coming) week"  # "end of next week"
WEEK_AFTER_NEXT_OF = r"the week after next"
NEXT_WEEK = r"(?:next|nxt) week"  # "we pay next week"
# a calendar (ISO) week by its number ("in KW 50"): its last working day
CALENDAR_WEEK = r"cw|calendar\s+week"
THIS_WEEK = r"(?:(?:by|at) )?(?:the )?end of (?:the |this )?week|this week|by the weekend"
# right before a day, the week that day starts: "week commencing 30 Nov", "w/c 30/11" (a
# span: promised by its last working day)
WEEK_OF = r"(?:the )?week (?:commencing|beginning|starting)(?: (?:on|from))?(?: the)?|w/c"
# "Friday next week", "next week on Friday"
ON_WEEKDAY = r"on"
WEEKDAY_OF_WEEK = r"of|in"
# words before a weekday: "next Friday", "this Friday" (this week's, today included)
WEEKDAY_BEFORE = r"next|this|coming"
THIS_WEEKDAY_BEFORE = r"this"
WEEKDAY_AFTER = ""
THIS_WEEKDAY_AFTER = ""
# "in 10 days", "within two weeks", "in 5 business days"
IN = r"in|within(?: the next)?|in the next"
LATER = ""  # after "<n> <unit>": "3 hari lagi"
BUSINESS_BEFORE = r"business |working "
BUSINESS_AFTER = ""
UNIT_DAY = r"days?"
UNIT_WEEK = r"weeks?"
UNIT_MONTH = r"months?"
IN_A_WEEK = ""
IN_A_FORTNIGHT = r"(?:in|within) (?:a|one) fortnight|(?:in|within) two weeks' time"
IN_A_MONTH = ""
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14,
    "a couple of": 2, "couple of": 2, "a few": 3,
}

# ================================================================== a client's reply
# (see lang/__init__.py; placeholders: <doc> any language's DOCUMENTS, <not_money> none of
# any language's MONEY_WORDS, <tok> one word and its space)

# what a client may not have received: the invoice, its attachment, a copy
DOCUMENTS = r"invoice|bill|statement|attachment|pdf|document|copy"
# what a dispute is about (an objection to it is not an objection to the mailing)
MONEY_WORDS = r"invoice|charge|amount|bill"
# an objection to the mailing itself: a stop request, not a dispute
MAIL_OBJECTION = (r"\bobject(?:ion)?s?\s+to\s+(?:<not_money><tok>){0,6}?(?:the )?(?:use|"
                  r"processing|receiving|being contacted|contact\w*|e-?mails?|messages|"
                  r"reminders|mailings?|marketing|(?:e-?mail )?address)\b")
# words that undo an intent before it in its clause: "not", "never"
NEGATION = r"n't|\bnot\b|\bcannot\b|\bnever\b|\bno\b|\bunable\b|\byet to\b"
# words that make it a condition: "once we have paid"
# (and right before it, a modal: "we would have paid on Friday but ...")
# the client's own misfortune: "the storm damaged our warehouse roof" tells why it pays
# late, no complaint about what we supplied (its damage words are no dispute)
MISFORTUNE = r"\b(?:hail\w*|storms?|flood\w*|fire|lightning|gales?|hurricane|tornado|burst pipe)\b"
DAMAGE_WORDS = r"damag|broken|destroyed"
# "subject to the board's approval on the 10th, we will pay on the 15th": a condition too
CONDITIONAL = (r"\b(?:if|once|when|as soon as|after|unless|whether)\b|"
               r"\bsubject to (?:\S+\s+){0,3}(?:approval|sign-?off|authori[sz]ation|release|"
               r"confirmation|agreement|sign-?off)\b|"
               r"\b(?:would|could|should|might|must)\s+$")
# words that start a new clause (a negation before them does not count)
CLAUSE_BREAK = r"\b(?:but|however|although|though|because|since)\b"
# words before a request that forbid it: "don't send it again"
PROHIBITION = r"\b(?:don't|do not|please never|stop|no need to)"
# right after a claim, undoing it: "paid? not yet"
NOT_YET_AFTER = r"not yet|yet\?"
# before a request or statement anywhere in its sentence, denying it: "I did not ask you
# to stop"
NOT_ASKED = (r"\b(?:(?:did not|didn't|never|have not|haven't|nobody|no one|not)\s+(?:\w+\s+)"
             r"{0,2}(?:ask(?:ed)?|say|said|tell|told|want(?:ed)?|request(?:ed)?|mean|meant)|"
             r"nobody|no one)\b")
# a question whether our payment arrived: not a claim that it was made
# abbreviations a sentence goes on after ("bzw. eine korrigierte Rechnung"), without their
# last dot: one followed by a lower-case word ends no sentence
SENTENCE_ABBREVIATIONS = r"e\.g|i\.e|approx|incl|excl|resp|vs|viz"
# asked to confirm, with a corrected invoice only as the other answer: "could you confirm
# it includes VAT or send a corrected invoice?" (a question, not a complaint)
CONFIRM_OR = r"\bconfirm\b\S*(?:\s+\S+){0,8}?\s+or\b"
PAYMENT_QUESTION = (r"\b(?:did|have|has|could|can) you (?:\w+ )?(?:receive[d]?|get|got|see|"
                    r"seen|confirm)\b.{0,40}\b(?:payment|transfer|money|funds|wire|remittance)"
                    r"\b[^.!]*\?|\b(?:has|did|have) (?:our|the|my) (?:payment|transfer|money|"
                    r"funds|wire) (?:\w+ )?(?:arrived|arrive|reached you|come through|gone "
                    r"through|go through|gone out|landed|land|shown up|show up|been received|"
                    r"cleared)\b[^.!]*\?")
# a part of the amount: a paid claim or promise for staff to check
PARTIAL_AMOUNT = (r"\b(?:part of|partial(?:ly)?|half|the rest|the remaining|remainder|"
                  r"balance of|in part|part[- ]payment)\b")
# the writer's own promise made before, not now ("we promised to pay on Friday, but it
# didn't work out"): no promise ("accounting promised to pay on Friday" still is one)
PAST_PROMISE = r"\b(?:we|i|we'd|i'd|we had|i had)\s+(?:\w+\s+)?promised\b"
# the writer's own earlier message told again, right before the promise words: "I wrote
# yesterday that we would pay on the 27th" is that old promise ("as I wrote, we pay" keeps it)
EARLIER_SAID = (r"\b(?:i|we)\s+(?:\w+\s+)?(?:wrote|said|mentioned|told you|informed you)\s+"
                r"(?:[^\s]+\s+){0,3}?that(?:\s+(?:we|i)(?:'d|'ll)?)?\s*$")
# after a promise, in a later clause: it failed ("..., but it didn't work out")
PROMISE_FAILED = (r"\b(?:didn't|did not|never) (?:work out|happen|go through|go out|arrive)\b|"
                  r"\bfell through\b|\b(?:couldn't|could not|weren't able to|were not able to)\b|"
                  r"\b(?:wasn't|was not) possible\b")
# paid in spite of a complaint: "we paid it anyway, but ..."
# the day of paying moved ("our treasury moved the payment day", "the run was postponed"):
# only a date said after it is the promised one (the earlier one was the old promise)
RESCHEDULED = (r"\b(?:moved|postponed|pushed (?:back|out)|rescheduled|delayed|shifted)\s+(?:[^\s,;.!?]+\s+)"
               r"{0,2}?(?:the |our |its )?(?:payment|pay|paying|run|date|day|transfer)|\b(?:payment|"
               r"pay|run|date|day|transfer)\w*\s+(?:[^\s,;.!?]+\s+){0,3}?(?:was|has been|have been|got|is "
               r"being|were)\s+(?:moved|postponed|pushed (?:back|out)|rescheduled|delayed|shifted)\b")
PAID_ANYWAY = r"\b(?:anyway|nevertheless|nonetheless|regardless|even so|in spite of|despite)\b"
# trying, not promising: "we'll try to pay by the 18th", "hopefully by Friday": the day is
# read, a person confirms it
# a stop request that lasts only until the promised day ("please hold the reminders until
# then"): a pause, not a stop, when the reply promises a day
# a condition set after a promise: "we can pay by the 11th provided you send the timesheet"
# a span counted from the reply ("within 10 days"): promised by its last working day
WITHIN = r"within|in the next"
# a request, then the promise it buys: "please reissue it with our PO and it will go into the
# next payment run" (the promise waits on the request: a condition)
REQUEST_THEN = r"^\W*(?:please|kindly|could you|can you|if you could)\b[^.!?]*\b(?:and|then)\b"
PROVISO = (r"\b(?:provided|providing|as long as|so long as|on (?:the )?condition|subject to|"
           r"assuming|unless|only (?:if|when|after|once))\b|"
           # "will be settled once the committee has accepted the report": waits on somebody's
           # decision ("once our orders come in" only says where the money comes from)
           r"\bonce\s+(?:[^\s,;.!?]+\s+){1,6}?(?:(?:has|have|had|is|are|been)\s+)*(?:\w+ly\s+)?"
           r"(?:approved|accepted|signed(?:\s+it)?\s+off|authori[sz]ed|agreed|certified|ratified|"
           r"(?:given|gives|give) (?:its |their |the )?(?:approval|consent|go-ahead))\b")
STOP_UNTIL_THEN = r"\b(?:until|till|before) (?:then|that (?:date|day)|the (?:payment|agreed) date)\b"
# thanks for, or receipt of, a credit note: an acknowledgement, its dispute words do not count
CREDIT_THANKS = (r"\b(?:thanks?|thank you|many thanks)(?: (?:very|so) much)? for (?:sending |issuing )?"
                 r"(?:us )?(?:the|your|this) (?:\S+\s+)?credit note\b|"
                 r"\b(?:received|got) (?:the|your) (?:\S+\s+)?credit note\b")
# a complaint that was the cause of a past hold and is put right now ("the PO numbers did
# not match. That's sorted now and ..."): its dispute words, before it, no longer count
# (not awaited: "until that is sorted out, the invoice is on hold")
DISPUTE_SETTLED = (r"(?<!until )(?<!till )(?<!before )(?<!unless )\b(?:that|this|it|everything|all)(?:'s| is| has| was)?\s+(?:all\s+|now\s+|since\s+)?"
                   r"(?:been\s+)?(?:sorted|resolved|fixed|cleared up|corrected|straightened out)"
                   r"(?:\s+out)?\b|\b(?:has|have) (?:now |since |meanwhile )?been (?:sorted|"
                   r"resolved|fixed|corrected|cleared up)\b|\bnow (?:sorted|resolved|fixed)\b")
SOFT_PROMISE = (r"\b(?:try|trying|tries|attempt(?:ing)? to|endeavou?r(?:ing)? to|do (?:our|my) best|"
                r"hope to|hoping to|hopefully|if (?:all goes well|possible|we can)|"
                # a day only estimated: "tentatively by the 20th", "approximately mid-December"
                r"tentatively|provisionally|approximately|roughly|estimated)\b")
# a promise denied: "we can't promise payment", "no promises", "unable to commit to a date"
# the verb of promising itself: with a negation anywhere in its stretch of the sentence
# (up to a "but" or a semicolon, across commas) the promise is denied: "Обещать, что
# заплатим до 10-го, не буду", "a date for it I can't promise"
PROMISE_VERB = r"\b(?:promis\w*|commit(?:s|ted|ting)?|guarantee\w*)\b"
PROMISE_DENIED = (r"\b(?:can't|cannot|can not|couldn't|won't|unable to|not able to|not in a "
                  r"position to|don't want to|do not want to|wouldn't|not)\s+(?:\w+\s+){0,2}"
                  r"(?:promise|commit|guarantee|confirm|give (?:you )?(?:a |any )?(?:firm |"
                  r"fixed |definite )?(?:date|commitment|timeline|timeframe))\b|"
                  r"\bno (?:firm |fixed )?(?:promises?|commitments?|guarantees?)\b|"
                  r"\bnot (?:\w+\s+)?promising\b")
# a negation after a promise in its clause: "paying by Friday won't be possible"
NOTHING_PROMISED = (r"\bno (?:firm )?promises\b|\b(?:can't|cannot|can not|won't) promise "
                    r"(?:you )?anything\b|\bnot promising anything\b|\bno guarantees?\b")
DENIED_AFTER = (r"\b(?:(?:won't be|isn't|is not|will not be|wasn't|was not|not)\s+(?:\w+\s+)?"
                r"(?:possible|feasible|doable|happening|realistic)|(?:is|will be) impossible|"
                r"won't happen|not going to happen|can't be done|won't work)\b")
# right before a promise's date, the latest day it names: "Monday, Wednesday at the latest"
# reads Wednesday ("at the latest" after a date too)
LATEST = r"\b(?:at the latest(?: by| on)?|no later than|latest by|by latest|at the very latest)\s*$"
LATEST_AFTER = r"^\W{0,3}(?:at the (?:very )?latest)\b\s*(?:[.,;!?)]|$)"

# ---------------------------------------------------------------- quoted history
# the quote header of the answered mail: "On <date>, <name> wrote:"
QUOTE_ON = r"on"
QUOTE_WROTE = r"wrote"
# a separator line: "-----Original Message-----"
# the writer's own words pointing to a message it forwards ("see below", "FYI", "forwarding"): its words
# are read as the writer's (a colleague's approval, a decision) when it comes from the
# writer's own domain (mailbot.reading.kinds.client_reply)
FORWARD_POINTER = (r"see (?:below|the (?:mail|email|message|note) below|beneath)|(?:as|please) "
                   r"(?:per|see) below|below (?:from|is|you'll find)|fyi|for your information|"
                   r"forwarding|i'm forwarding|we are forwarding|(?:remittance|payment advice|proof of "
                   r"payment|payment confirmation)(?: advice)? (?:is |are )?(?:below|beneath)")
QUOTE_SEPARATOR = r"original message|forwarded message"
# an Outlook header block: "From:" and the fields under it
QUOTE_FROM = r"from"
QUOTE_HEADERS = r"sent|date|to|subject|cc"

# ------------------------------------------------------ a reply's own words and topic
# a greeting line: the reply's own words start below it
GREETING = r"hi|hello|hey|dear|good (?:morning|afternoon|evening)"
# a closing line: the signature starts with it ("Best regards, Carol")
CLOSING = (r"(?:best|kind|warm|warmest|many|with kind|with best|kindest)\s+regards|regards|"
           r"thanks in advance|thank you in advance|best(?: wishes)?|all the best|cheers|"
           r"thanks(?: again| a lot| and regards)?|thank you(?: very much)?|many thanks|"
           r"sincerely|yours(?: sincerely| truly| faithfully)?|respectfully|br|rgds|thx")
# a closing that may go on with content ("Thanks, we paid")
THANKS = r"thanks|thank you"
# a mail app's signature line ("Sent from my iPhone")
SENT_FROM = r"sent from (?:my|mail|outlook|yahoo)|sent with|get outlook for"
# the bot's own reminder sentences, as the templates word them: never the client's
# words when they reach the reply unquoted (keep in step with templates/<code>/)
BOT_PHRASES = (r"if you have already (?:paid|made (?:the|this) payment|settled)|"
               r"please (?:disregard|ignore) this (?:message|e-?mail|reminder|notice)")
# what makes an unthreaded reply about paying
REPLY_TOPIC = (r"\b(?:invoice|inv\b|bill|billing|payment|pay|paid|paying|remittance|transfer|"
               r"overdue|past due|reminder|statement|balance|amount)")
# words around a short paid claim ("ok", "thanks") that say nothing
SHORT_FILLER = r"\b(?:hi|hello|hey|ok|okay|yes|yep|yeah|thanks|thank you|thx|ty|cheers|now)\b"
# a whole reply of a few words claiming payment: "done", "all done", "paid", "sent it",
# "it's paid", "payment sent"
# a whole reply confirming that our mail arrived ("Received, thanks", "got it"), perhaps
# saying it goes the usual way ("it goes into our normal payment run"): nothing to do
SHORT_RECEIVED = (r"(?:(?:we|i)(?:'ve| have)?\s+)?(?:received|got)(?:\s+(?:it|this|them|the invoice|"
                  r"your (?:invoice|e-?mail|mail)))?(?:\s+with)?(?:\s+and\s+(?:it\s+)?(?:is|it's)\s+"
                  r"(?:now\s+)?being\s+(?:processed|checked|reviewed|verified))?|(?:it\s+is|it's)\s+"
                  r"(?:now\s+)?being\s+(?:processed|checked|reviewed|verified)|(?:it|the invoice)\s+(?:has\s+)?"
                  r"(?:arrived|come through)|well received|(?:it\s+)?(?:will go|goes)\s+(?:into|in|with)\s+"
                  r"(?:our|the)\s+(?:normal|regular|usual)\s+payment run")
SHORT_PAID = (r"(?:(?:it'?s|it is|its|this is|that'?s|that is|all|invoice|payment|transfer|"
              r"bill|we|i|we'?ve|i'?ve|have|has been|was)\s+){0,2}(?:already\s+|just\s+)"
              r"?(?:done|paid|sent|transferred|wired|settled|sorted|taken care of)(?:\s+(?:it|"
              r"already|today|yesterday|this morning|in full|off)){0,2}")

# ------------------------------------------------------------------ intents
# (weight, pattern[, negatable[, needs[, unless]]]) for each intent
INTENT_PAID_CLAIM = (
    # "this went out on Friday by faster payment": the money has left
    (2, (
        (r"\b(?:payment|transfer|money|funds|it|this|that)\s+(?:went|has gone|had gone|was sent|"
         r"got sent)\s+(?:out|over)\b"),
        # "FLUK-0402 went yesterday": an invoice's number as the subject, with its day
        (r"\b(?:payment|transfer|money|funds|it|this|that|[a-z]*\d[\w/-]*\d)\s+went\s+(?:out\s+|"
         r"over\s+)?(?:yesterday|this morning|earlier today|last \w+)\b"),
        # "this went by BACS yesterday", "it went via Faster Payments": gone by a way of paying
        (r"\b(?:payment|transfer|money|funds|it|(?:this|that)(?: one)?|[a-z]*\d[\w/-]*\d)\s+(?:went|"
         r"has gone|had gone|was sent|got sent)\s+(?:out\s+|over\s+|through\s+)?(?:by|via|through|as a)\s+"
         r"(?:(?:a|an|the)\s+)?(?:bacs|chaps|faster payments?|fps|(?:bank |wire |telegraphic )?"
         r"transfer|wire|swift|sepa|ach|online banking|internet banking|standing order)\b"),
    ), True),
    (2, (r"\b(?:already|have|has|had|we've|i've|we|i|they)\s+(?:(?:already|now|just|"
        r"finally|also)\s+)?(?:been\s+)?(?:paid|settled|transferred|wired|remitted)\b"), True),
    # "KW-2026-0395 was paid on 20/11": an invoice's number as the subject too; but an
    # invoice that "was sent" is the document, not the money ("0430 was sent on the 9th")
    (2, (
        (r"\b(?:payment|transfer|remittance|amount|it|this)\s+(?:was|has been|had been|is|were|"
         r"have been)\s+(?:already\s+)?(?:made|sent|paid|transferred|processed|completed|executed|"
         r"settled|wired|initiated|released|remitted)\b"),
        (r"\b(?:invoice|bill|[a-z]*\d[\w/-]*\d)\s+(?:was|has been|had been|is|were|have been)\s+"
         r"(?:already\s+)?(?:made|paid|transferred|processed|completed|executed|settled|wired|"
         r"initiated|released|remitted)\b"),
    ), True),
    (2, (r"\b(?:made|sent|processed|completed|initiated|released|did)\s+(?:the|a|our|"
        r"this|full)\s+(?:full\s+)?(?:payment|transfer|bank transfer)\b"), True),
    (2, (
        r"\bproof of payment\b",
        r"\bpayment (?:confirmation|receipt|slip|advice)\b",
        r"\bremittance advice\b",
        r"\btransfer (?:confirmation|receipt|slip)\b",
    )),
    (2, (
        (r"\b(?:check|cheque) (?:was|has been|is|went) (?:already )?(?:mailed|sent|issued|posted|"
         r"in the mail|out)\b"),
        r"\b(?:mailed|sent|issued|posted) (?:a|the|our|your) (?:check|cheque)\b",
        # "I posted cheque no. 004512 for £2,880.00"
        r"\b(?:mailed|sent|issued|posted) (?:check|cheque) (?:no\.?|number|#|nr\.?)\s*\d",
        r"\bpaid in full\b",
        r"\b(?:payment|transfer|wire|it)\s+(?:\S+\s+){0,3}(?:went|has gone|had gone) out\b",
        r"\b(?:has|have|had) (?:already )?been taken care of\b",
    ), True),
    # a short claim with its day: "done, transferred yesterday", "wired it this morning";
    # what was sent: "we sent a wire", "we wired the full amount"
    (2, (
        # ("paid both yday", "settled all three yesterday": the invoices as "both", "all")
        (r"\b(?:transferred|wired|paid|remitted|settled|sent)\s+(?:it\s+|this\s+|that\s+|them\s+|"
         r"(?:both|all)(?:\s+(?:of them|two|three|four|five))?\s+|"
         r"(?:the|our) (?:money|funds|payment|amount|balance)\s+)?(?:yesterday|yday|ystdy|today|this "
         r"morning|earlier today|last (?:week|night|monday|tuesday|wednesday|thursday|friday))\b"),
        (r"\b(?:we|i)\s+(?:\w+\s+)?(?:wired|transferred|remitted|sent)\s+(?:you\s+)?(?:the|"
         r"our|this|that|full|a|it)\s+(?:full\s+)?(?:amount|balance|payment|money|funds|"
         r"wire|transfer|sum)\b"),
        r"\b(?:sent|made|initiated|released)\s+(?:a|the|our)\s+(?:wire|ach|bank wire)\b",
    ), True),
    # "payment sent via PayPal yesterday", "transfer completed": past, without "will be"
    (2, (r"\b(?:payment|transfer|wire|money|funds|remittance)\s+(?:was\s+|has been\s+|have been\s+"
        r"|already\s+)?(?:sent|made|completed|initiated|done|executed)\b"), True, None,
     r"\b(?:will|shall|going to|'ll|should|to be)\b"),
    # "we've cleared the balance", "remittance is attached"
    (2, (
        (r"\b(?:cleared|paid off|settled up)\s+(?:the|our|this|that|your)\s+(?:\w+\s+)?"
        r"(?:balance|invoice|bill|amount|account|debt|arrears)\b"),
        r"\bremittance\b(?:\s+\S+){0,2}\s+attached\b",
        r"\battached\b(?:\s+\S+){0,3}\s+remittance\b",
    ), True),
    # the remittance advice (sent after paying) should be with you: "remittance should be
    # with you", "you should have our remittance"
    (2, (
        (r"\bremittance(?: advice)? (?:should|will|must) (?:already )?(?:be with you|have reached "
         r"you|have arrived)\b"),
        r"\byou should (?:have|get) (?:received )?(?:the |our )?remittance\b",
    )),
    # "we've sent GBP 1,000.00 today", "I paid $450 this morning": an amount said to be paid
    (2, (r"\b(?:we've|we have|i've|i have|we|i)\s+(?:already\s+|just\s+)?(?:sent|paid|transferred|"
         r"wired|remitted)\s+(?:you\s+)?(?:the\s+)?(?:sum\s+of\s+)?(?:[a-z]{3}\s?|[$£€]\s?)\d"), True),
    # the money named by its channel: "sent it over yesterday via BACS", "popped it across by
    # faster payment" (not "will be sent by BACS", "must be paid by bank transfer")
    (2, (r"(?<!be )\b(?:sent|paid|transferred|popped|moved)\s+(?:\S+\s+){0,4}?(?:via|by|through|using)\s+"
         r"(?:bacs|chaps|faster payments?|bank transfer|online banking|standing order|"
         r"wire transfer|sepa)\b"), True, None,
     r"\b(?:will|shall|going to|'ll|please)\b"),
)
INTENT_PROMISE = (
    (2, (r"\b(?:will|'ll|shall|going to|plan(?:s|ning)? to|intends? to|expect to|"
        r"aim to|be able to|promise[sd]? to|promising to)\s+(?:\w+\s+){0,2}(?:pay|"
        r"transfer|settle|remit|wire|process|release|clear|send (?:the |you )"
        r"?(?:payment|money|funds|transfer))\b"), True),
    (2, (r"\b(?:payment|transfer|it|the invoice|the amount|the balance|this)\s+(?:will|"
        r"should|is going to|shall)\s+(?:\w+\s+)?(?:be\s+)?(?:\w+\s+)?(?:made|sent|paid|"
        r"processed|transferred|settled|released|done|scheduled)\b"), True),
    (2, (r"\b(?:payment|transfer|funds|money|rest|balance|remainder|remaining "
         r"(?:amount|balance|sum))(?:\s*\([^)]{1,30}\))?\s+(?:will|should|is going to)"
        r"\s+(?:\w+\s+)?(?:go out|reach you|arrive|be with you|hit your account|land|clear|come through|"
        r"show up|be in your account)\b"), True),
    (2, (
        (r"\b(?:will|'ll|shall) (?:\w+ )?be (?:paid|settled|transferred|processed|released|wired|remitted|"
         r"cleared|made|executed|initiated)\b"),
        # typed on a phone: "shld be paid end of next week", "wil be paid fri"
        r"\b(?:shld|shd|shud|wil|wl)\s+(?:\w+\s+)?b(?:e)?\s+(?:paid|settled|transferred|sent|done)\b",
        r"\b(?:gets?|getting) (?:it |this )?(?:paid|settled)\b",
    ), True),
    (2, r"\b(?:payment|transfer) (?:is|has been) scheduled\b"),
    # "it will go out on the 15th", "payment goes out Friday", "we are paying it on Friday"
    (2, (
        r"\b(?:will|'ll|should|shall|is going to|is due to)\s+(?:\w+\s+)?go out\b",
        # (with its sum between: "the wire for $14,250.00 goes out tomorrow")
        (r"\b(?:payment|transfer|wire|check|cheque|it|funds)(?:\s+(?:for|of)\s+(?:[a-z]{3}\s?)?"
         r"[$£€]?\s?\d[\d,.]*)?\s+(?:goes|is going) out (?:on|by|nex"
         r"t|this|tomorrow|today|at|before|in|early|end|friday|monday)\b"),
        (r"\b(?:payment|transfer|wire|it|this)\s+(?:is|has been)\s+(?:\w+\s+)?(?:planned|booked|s"
         r"et|queued|lined up|earmarked|approved) for\b"),
        (r"\b(?:we're|we are|i'm|i am)\s+(?:\w+\s+)?(?:paying|transferring|settling|wiring|remitt"
         r"ing)\b(?!\s+(?:attention|close attention))"),
        (r"\b(?:in|on|with) (?:our|the) (?:next|upcoming|following) (?:ap |payment |check |cheque"
         r" |pay |payables |supplier )?run\b"),
        r"\b(?:our |the )?next (?:ap|payment|check|cheque|pay|payables|supplier) run\b",
    ), True),
    (2, (r"\byou(?:'ll| will) (?:have|receive|get|see) (?:the |your |our )?(?:payment|"
        r"money|funds|transfer)\b")),
    (1, r"\b(?:can|could) (?:pay|transfer|settle)\b", True),
    (2, (r"\b(?:you (?:should|will|can|'ll) |please )?(?:expect|receive|see|have)"
        r" (?:the |our |your )?(?:payment|funds|money|transfer|remittance) (?:by|on|"
        r"before|next|within|at|this|early|end|in)\b"), True),
    (1, r"\b(?:pay(?:ment)?|transfer) (?:by|before|no later than|at the latest)\b", True),
    # "you'll have it by the 10th"
    # (not after the money left: "0402 went yesterday, you should have it")
    (2, r"\byou(?:'ll| will| should) (?:have|receive|get|see) (?:it|this|that|them)\b", True, None,
     (r"\b(?:went|sent|paid|transferred|wired)\s+(?:out\s+|over\s+)?(?:yesterday|this morning|"
      r"earlier today|last \w+)\b")),
    # "approved it for payment on the 12th", "scheduled for payment"
    (2, (r"\b(?:approved|scheduled|queued|booked|lined up|earmarked)\s+(?:\S+\s+){0,2}for"
         r" (?:payment|transfer|release|settlement)\b"), True),
    # "we'll get INV-7 paid on the 4th"; "it'll be the 15th, definitely" (the day as the
    # answer); "the remaining GBP 1,115.00 will follow on the 18th"; "our payment run is on
    # the 15th"
    (2, (
        r"\b(?:will|'ll|shall|going to)\s+get\s+(?:\S+\s+){0,3}(?:paid|settled|sent|transferred)\b",
        (r"\b(?:it|payment|that)(?:'ll| will| should) be (?:on |by )?(?:the )?\d{1,2}(?:st|nd|rd|th)?"
         r"\b(?!\s*(?:days?|weeks?|months?|%|percent|hours?))"),
        (r"\b(?:rest|balance|remainder|remaining|payment|transfer|the money|funds)\b[^;!?]{0,30}?"
         r"(?:will|shall|is going to|'ll)\s+(?:\w+\s+)?follow\b"),
        (r"\b(?:payment|ap|pay|cheque|check|supplier|payables) run\s+(?:is|falls|goes)\s+(?:\w+\s+)?"
         r"(?:on|next|this)\b"),
    ), True),
    # a revised day after a promise it cannot keep: "Realistically it will be Wednesday 16
    # December", "it'll be the 18th now" (the day right after "be")
    (1, (r"\bit(?:'ll| will| should| would)\s+(?:now\s+|then\s+|probably\s+|rather\s+|more "
         r"likely\s+|realistically\s+)?be\s+(?:on\s+|by\s+)?(?:(?:next\s+|this\s+)?(?:mon|tues|"
         r"wednes|thurs|fri)day\b|the\s+\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|"
         r"sep|oct|nov|dec)\w*\s+\d{1,2}\b)"), True, None,
     r"\b(?:deliver\w*|arriv\w*|ship\w*|ready|back|open|closed|here|there)\b"),
    # "will sort it friday", "I'll sort this tomorrow": with a day it names
    # (a weekday typed short on a phone too: "will sort it fri")
    (2, r"\b(?:will|'ll|i will|we will)\s+sort\s+(?:it|this|that)(?:\s+out)?\b", True,
     (r"\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
      r"mon|tue|tues|wed|weds|thu|thur|thurs|fri|"
      r"weekend|next week|end of (?:the )?(?:week|month)|\d{1,2}(?:st|nd|rd|th))\b")),
    # put in a named run: "0415 is on our list for next Thursday's payment run", "added to
    # this Friday's AP run" (not last week's, nor one it already went out in: "this went out
    # on Friday's payment run" is a paid claim)
    (2, (r"\b(?:in|on|into|for|to)\s+(?:our\s+|the\s+|your\s+)?(?:(?!last\b|previous\b)\S+\s+)"
         r"{0,2}?(?:ap|payment|pay|payables|supplier|cheque|check|bacs)\s+run\b"), True, None,
     (r"\b(?:went|was|were|got)\s+(?:out|paid|sent|processed|included|settled|cleared|released)"
      r"\s+(?:\S+\s+){0,2}?(?:in|on|with)\s+(?:our\s+|the\s+)?\S+\s+(?:\S+\s+)?run\b")),
    # "we'll have INV-7 cleared by the end of the month", "I'll have it paid by Friday"
    (2, (r"\b(?:will|'ll|shall|going to)\s+have\s+(?!to\b)(?:\S+\s+){0,3}?(?:paid|settled|"
         r"cleared|transferred|remitted|wired)\b"), True),
    # "we can get this sorted by the end of the month": the invoice seen to, weakly ("will get
    # ... paid" is a row above)
    (1, (r"\b(?:can|could|will|'ll|should)\s+get\s+(?:it|this|that|the invoice|the bill|the balance|"
         r"the payment|payment)\s+(?:sorted|paid|settled|cleared)\b"), True),
    # typed on a phone, no apostrophe: "il get it sorted nxt week", "ill get this paid fri"
    (1, (r"(?<![\w'])(?:il|ill|i ll|we ll|well)\s+get\s+(?:it|this|that|them|these|both)\s+"
         r"(?:sorted|paid|settled|cleared)\b"), True),
    # a payment approved for a day: "our finance manager has approved payment of the balance
    # on 10 December", "finance has authorised the transfer for Friday" (the day is needed)
    (2, (r"\b(?:approved|authori[sz]ed|signed off(?: on)?|sanctioned|released)\s+(?:the\s+)?"
         r"(?:payment|transfer|remittance|settlement)\b(?:\s+of\s+[^,;.!?]{1,40}?)?\s+(?:on|for|by)\b"),
     True),
)
INTENT_DISPUTE = (
    (2, (
        r"\bdispute\b",
        r"\bdisputed\b",
        r"\bdisputing\b",
        r"\bcontest\b",
        r"\bcontesting\b",
        r"\bdisagree\b",
    ), "neg"),
    (2, (r"\b(?:amount|price|total|invoice|quantity|rate|sum|figure|charge|bill|hours)"
        r"\s+(?:\w+\s+){0,2}(?:is|are|seems?|looks?|appears?)\s+(?:to be\s+)?(?:wrong|"
        r"incorrect|not correct|too high|inflated|off)\b")),
    (2, (
        r"\bovercharged\b",
        r"\bover-charged\b",
        r"\bdouble[- ]?(?:charged|billed)\b",
        r"\bcharged (?:us )?twice\b",
        r"\bbilled (?:us )?twice\b",
        r"\bduplicate (?:invoice|charge)\b",
        r"\bwrong amount\b",
        r"\bincorrect amount\b",
        r"\bdiscrepanc\w+\b",
        r"\bnot (?:what we )?(?:ordered|agreed)\b",
        r"\bnever ordered\b",
        r"\bdid(?: not|n't) order\b",
        r"\bwas(?: not|n't) delivered\b",
        r"\bwere(?: not|n't) delivered\b",
        r"\bnot been delivered\b",
        r"\bnever (?:arrived|delivered)\b",
        r"\b(?:damaged|defective|faulty|broken) (?:goods|items?|products?|on arrival)\b",
        r"\bgoods (?:were|are|arrived) (?:damaged|defective|faulty|broken)\b",
        (r"\b(?:work|service|job|project) (?:is|was|has) not (?:been )?(?:completed|finished|done"
         r"|delivered)\b"),
        r"\bnot (?:been )?completed\b",
        # the work is not accepted: "the survey has not been accepted", "not signed off"
        (r"\b(?:survey|work|works|report|deliverables?|services?|project|installation|job|"
         r"inspection)\b(?:\s+\S+){0,5}?\s+(?:has|have|was|were|is|are)(?:\s+not|n't)\s+"
         r"(?:yet\s+)?(?:been\s+)?(?:accepted|approved|signed off)\b"),
        r"\bcredit note\b",
        (r"\b(?:do not|don't|cannot|can't|won't) (?:accept|pay) (?:this|the|your) (?:invoice|bill"
         r"|charge|amount)\b"),
    )),
    # the rest kept back for a reason: "the remaining USD 500 is withheld as the late
    # delivery penalty", "we are withholding the balance until the damage is settled" (not a
    # tax withheld: PPh 23, WHT)
    (2, (r"\bwithh(?:e|o)ld(?:ing)?\b(?:\s+\S+){0,8}?\s+(?:as|because|due to|for|until|pending|"
         r"owing to|under|against)\b"), "neg", None,
     r"\b(?:tax|taxes|pph|wht|pajak|vat|gst)\b|\bwithholding\s+(?:tax|\d)"),
    (1, (
        r"\bincorrect\b",
        r"\bwrong\b",
        r"\bmistake\b",
        r"\berror\b",
        r"\bcomplain\w*\b",
        r"\brefuse\b",
    ), "neg"),
    (2, (
        (r"\b(?:waiting|wait) (?:on|for) (?:the )?(?:goods|delivery|items?|products?|parts|shipme"
         r"nt|order)\b"),
        r"\bnot (?:yet )?(?:been )?delivered\b",
        (r"\b(?:goods|items?|order|shipment|delivery) (?:\w+ )?(?:was |were |is |are )?(?:incompl"
         r"ete|missing|short)\b"),
        r"\b(?:only|just) (?:received|got) \d+",
        r"\breceived only\b",
        r"\bshort[- ]shipped\b",
        r"\bduplicate\b",
        r"\bonly ordered\b",
        r"\bplease correct (?:it|this|the invoice)\b",
        r"\bneeds? to be corrected\b",
        r"\b(?:not happy|unhappy|dissatisfied) with\b",
        r"\bpoor quality\b",
        r"\b(?:won't|will not|cannot|can't) pay (?:\w+ )?until\b",
    ), "neg"),
    (2, (
        r"\b(?:corrected|revised|amended|correct) (?:invoice|bill)\b",
        r"\b(?:can't|cannot|can not|won't|will not|unable to) (?:approve|accept)\b",
        r"\bno record of (?:ordering|this order|an order)\b",
    )),
    # what was charged is not what was bought: cancelled, not matching the order, charged
    # for something returned ("the seats were cancelled")
    (2, (
        (r"\b(?:seats?|licen[cs]es?|order|subscription|items?|services?|contract|positions?|lines"
         r"?|units?|users?|accounts?|they|these|those|it)\s+(?:\S+\s+){0,3}(?:were|was|had been|h"
         r"ave been|has been)\s+(?:\S+\s+)?cancel+ed\b"),
        r"\bwe (?:had )?cancel+ed (?:the|our|these|those|this|that|them|it)\b",
        (r"\b(?:can't|cannot|can not|won't|will not|unable to) pay (?:\S+\s+){0,3}as (?:invoiced|"
         r"billed|charged)\b"),
        r"\bstill (?:being )?(?:charged|billed)\b",
        (r"\b(?:does not|doesn't|do not|don't|did not|didn't) (?:match|agree with|correspond (?:t"
         r"o|with)|reflect) (?:\S+\s+){0,2}(?:po|purchase order|order|quote|quotation|contract|ag"
         r"reement|offer|proposal|price list|rate)\b"),
        (r"\bnot (?:in line|consistent) with (?:\S+\s+){0,2}(?:po|purchase order|order|quote|quot"
         r"ation|contract|agreement)\b"),
    )),
    # "the invoice does not reflect the agreed discount", "charged for 12 but we have 8"
    (2, (
        (r"\b(?:does not|doesn't|do not|don't|did not|didn't) (?:reflect|include|show|apply|"
         r"contain|deduct|take into account) (?:\S+\s+){0,2}(?:discount|rebate|credit|agreed|"
         r"negotiated|deposit|prepayment|down payment)\b"),
        (r"\b(?:charged|billed|invoiced) (?:us |me )?for (?:\S+\s+){0,4}but (?:we |i )?"
         r"(?:only|just)\b"),
        r"\bwe (?:only|just) (?:have|use|ordered|received|got) \d+\b",
    )),
    # "the hours billed don't match", "higher than quoted"
    (2, r"\b(?:don't|do not|doesn't|does not|didn't|did not) (?:match|add up|tally)\b", "",
     r"hours|amount|invoice|price|total|figure|quantit|charge|bill|rate|cost"),
    (2, (r"\b(?:higher|more|greater|larger) than (?:\S+\s+){0,2}(?:quoted|agreed|offered|ordered|"
         r"quote|contracted|estimated|estimate|po|contract)\b")),
    # "but we only signed off on 32", "we shouldn't be charged", "we returned those items"
    (2, (
        (r"\bbut (?:we |i )?(?:only|just) (?:signed off|approved|agreed|ordered|received|used|"
        r"booked|got|had)\b"),
        (r"\b(?:shouldn't|should not|must not|mustn't) (?:have )?be(?:en)? (?:charged|billed|"
        r"invoiced)\b"),
        (r"\b(?:returned|sent back) (?:\S+\s+){0,2}(?:items?|goods|products?|parts|units|"
        r"equipment|devices|shipment|delivery)\b"),
    )),
    # payment withheld until something is put right: "the invoice is on hold until the POD is
    # provided", "we will not pay until the damage is sorted", "we are withholding payment"
    (2, (
        (r"\b(?:invoice|payment|it|this)\s+(?:is|remains|stays|will remain|has been put|was put)\s+"
         r"on hold\s+(?:until|pending|while)\b"),
        r"\b(?:payment|invoice)\s+(?:is|will be|has been)\s+(?:withheld|held back|blocked)\b",
        (r"\b(?:won't|will not|can't|cannot|shall not)\s+(?:be\s+)?(?:pay|paying|release|releasing)\b"
         r"[^.]{0,80}?\b(?:until|pending|unless|as long as)\b"),
        r"\b(?:withhold|withholding|holding back)\s+(?:the\s+|our\s+)?payment\b",
        # "until that's resolved, the invoice is on hold"
        (r"\buntil\b[^.;]{0,80}?\b(?:invoice|payment|bill)\s+(?:is|remains|stays|will (?:remain|"
         r"stay|be)|has been put)\s+on hold\b"),
        # "we're not in a position to pay it as it stands", "unable to pay the invoice as issued"
        (r"\b(?:not in a position|unable|not able)\s+to\s+pay\s+(?:[^\s,;.!?]+\s+){0,3}?"
         r"(?:as it stands|in its current form|as (?:it is|issued|invoiced))"),
    )),
    # a refusal to pay the invoice as it is: "we're not paying CSL-1 as it stands", "we will
    # not pay this until the hoist is fixed"
    (2, (r"\b(?:(?:we're|we are|we'll|we will|i'm|i am|i will)\s+not|we won't|i won't)\s+"
         r"(?:going to\s+)?pay(?:ing)?\s+(?:[^\s,;.!?]+\s+){0,3}?(?:as it stands|in its current form|as (?:it is|"
         r"issued|invoiced)|until (?:it|this|the|someone|you)\b)"), "", None,
     r"\b(?:will|'ll) pay (?:it |this )?(?:as it stands|in its current form|as (?:it is|issued))"),
    # part of the invoice kept back ("we have withheld £375 as a retention until sign-off"; not
    # a withholding tax), or the invoice to be issued again ("please reissue it")
    # (a sum kept back, not all payments on hold)
    (2, ((r"\b(?:withheld|withholding|retained|retaining|held back|holding back|kept back)\s+"
          r"(?:[^\s,;.!?]+\s+){0,2}?(?:[$£€]|\d|the balance|the rest|part|a retention)"),
         r"\bretention (?:of|money|amount|sum)\b"), "neg", None,
     r"\b(?:tax|taxes|wht|vat|gst|pph)\b|\bhad (?:\w+ )?(?:withheld|retained|held back|kept back)\b"),
    # (to correct it: "please reissue and we'll pay the corrected one"; a new PO number alone
    # is a change, not a complaint)
    (2, r"\bre-?issue\b", "neg", r"\b(?:correct(?:ed|ion)?|wrong|incorrect|old|error|mistake)\b"),
    # a charge named, then refused: "the rest is a courier charge we do not accept", "a fee
    # which we will not pay", "we do not accept it"
    (2, (r"\b(?:charges?|fees?|costs?|amounts?|items?|lines?|parts?|portion|sum|balance|rest)\b"
         r"[^.;!?]{0,40}?\b(?:we|i)\s+(?:do not|don't|cannot|can't|will not|won't|shall not)\s+"
         r"(?:accept|agree to|acknowledge|recogni[sz]e|pay)\b(?!\s+(?:it\s+)?(?:until|before|by|on)\b)")),    # the refusal closing a sentence about a charge: "... which was caused by your driver
    # - we do not accept it." (the charge named far before it)
    (2, (r"\b(?:we|i)\s+(?:do not|don't|cannot|can't|will not|won't)\s+(?:accept|agree to|"
         r"acknowledge|recogni[sz]e)\s+(?:it|this|that|them|these|this charge|that charge|"
         r"the charge|these charges)\s*(?:[.!;]|$)"), "", (r"\b(?:charges?|fees?|costs?|surcharges?|"
     r"demurrage|detention|penalty|penalties|remaining|the rest|balance|amount)\b")),
    # a refusal with its reason after it: "SSL-2 we are not paying: the part was under
    # warranty", "we won't pay it because the panel arrived broken" (not "we won't pay today
    # because the bank is shut": a day between); a clear dispute by itself
    (3, (r"\b(?:(?:we're|we are|we'll|we will|i'm|i am|i will)\s+not|we won't|i won't|we refuse to)\s+"
         r"(?:going to\s+)?(?:be\s+)?pay(?:ing)?(?:\s+(?:it|this|that|them|this one|that one|for it))?"
         r"(?:\s*[:\u2013\u2014]|\s+-\s|\s+(?:because|as|since)\b)"), "", None,
     r"\b(?:yet|today|until|till|before|this week|this month)\b"),    # what we supplied, damaged: "three of the panels you delivered arrived damaged", "the
    # inverter you installed is faulty"
    (2, r"\b(?:arrived|came|were|was|are|is)\s+(?:\S+\s+)?(?:damaged|defective|faulty|broken)\b",
     "neg", r"\b(?:you|your)\s+(?:\S+\s+)?(?:delivered|supplied|installed|shipped|sent|fitted)\b"),
)
INTENT_PLAN_REQUEST = (
    (2, (
        r"\binstal+ments?\b",
        r"\bpayment plan\b",
        r"\bpayment schedule\b",
        (r"\bpay (?:it |this |the (?:invoice|amount|balance) )?in (?:parts|two|three|four|\d+|sev"
         r"eral|monthly)\b"),
        r"\bsplit (?:the |this |our )?(?:payment|amount|invoice|bill|balance)\b",
        r"\bpartial payments?\b",
        r"\bmonthly payments\b",
        r"\bspread (?:the |our )?payments?\b",
        r"\bpay (?:half|part|a part|a portion) (?:now|first|of it)\b",
        r"\bpay (?:\w+ )?(?:per|each|a) month\b",
        # a sum offered for each month or week: "would you accept £400 per month", "we can
        # manage $250 a month", "paying EUR 300 every month until it is cleared"
        (r"\b(?:accept|take|do|manage|afford|offer|propose|pay|paying|send|sending|transfer)\s+"
         r"(?:\S+\s+){0,3}?(?:[£$€]\s?\d[\d,.]*|(?:gbp|usd|eur|chf|aud|cad|sgd|idr|rp|rub|kzt)\.?"
         r"\s?\d[\d,.]*|\d[\d,.]*\s?(?:gbp|usd|eur|chf|aud|cad|sgd|idr|rub|kzt|pounds|dollars|euros?)"
         r")\s+(?:per|a|each|every)\s+(?:month|week|fortnight)\b"),
    ), "neg"),
    (2, (
        r"\bextension\b",
        r"\bmore time\b",
        r"\b(?:extra|additional|another) (?:\d+ |few |couple of )?(?:days|weeks|month)\b",
        r"\bdefer\w*\b",
        r"\bpostpone\w*\b",
    ), "neg"),
    # the amount in parts or over time: "split this into three payments", "spread the
    # cost over the quarter", "over four months", "a payment arrangement"
    (2, (
        (r"\bsplit (?:\S+\s+){0,3}into (?:\S+\s+){0,2}(?:payments|instal+ments|parts|chunks|"
         r"tranches|portions|bits|pieces|lots|goes|amounts|sums)\b"),
        r"\bspread (?:\S+\s+){0,3}over\b",
        (r"\b(?:pay|do|settle|clear) (?:\S+\s+){0,3}over (?:(?:two|three|four|five|six|\d+|"
         r"several|a few)\s+|the next\s+(?:\S+\s+)?)(?:months|weeks|instal+ments|payments|"
         r"quarters?)\b"),
        r"\b(?:payment|repayment) arrangement\b",
        (r"\bin (?:(?:two|three|four|five|six|\d+|equal)\s+)?(?:monthly |weekly )?(?:chunks|stages|"
         r"increments|tranches)\b"),
        r"\bpa(?:y|id) (?:\S+\s+){0,3}off (?:in|over|monthly)\b",
        # "would you accept the £1,728 in three goes", "at the end of each month"
        r"\bin (?:two|three|four|five|six|\d+|equal)\s+(?:goes|lots|parts|portions)\b",
        r"\b(?:at|by|on) the (?:end|start|beginning|\d+(?:st|nd|rd|th)) of each month\b",
    ), "neg"),
    # "I can do half now and the rest in January"
    (2, (
        (r"\b(?:do|send|transfer|pay|wire) (?:half|part|a part|a portion|some) (?:now|first|"
        r"today|this month)\b"),
        (r"\b(?:half|part|a portion|some)\s+now\b(?:\s+\S+){0,4}\s+(?:the rest|the remainder|"
        r"the balance|the other half)\b"),
        # "our proposal is to pay EUR 4.950 now (this month) and the remaining EUR 4.950 at
        # the end of January"
        (r"\bpay\s+(?:\S+\s+){1,3}?now\b(?:\s+\S+){0,6}?\s+(?:the rest|the remainder|the remaining|"
         r"the balance|the other half|the second half)\b"),
    ), "neg"),
)
INTENT_NOT_RECEIVED = (
    (3, (r"\b(?:did not|didn't|have not|haven't|has not|hasn't|never|not|cannot|can't|"
        r"could not|couldn't|unable to)\s+(?:yet\s+)?(?:\w+\s+)?(?:receive[d]?|get|"
        r"got|gotten|see|seen|find|found|open|locate)\s+(?:\w+\s+){0,2}<doc>")),
    (3, (r"\b<doc>\s+(?:\w+\s+){0,3}(?:never (?:arrived|came|reached)|(?:did not|"
        r"didn't|has not|hasn't|was not|wasn't) (?:arrive|come|reach|attached|"
        r"included|received)|is missing|was missing|not attached|cannot be opened|"
        r"can't be opened|won't open|doesn't open|does not open)")),
    (3, (
        # (not their bank details again: "could you resend yours - sort code, acc no")
        (r"\bre-?send\b(?!\s+(?:us\s+|me\s+)?(?:yours\b|your (?:bank|banking|account|payment|"
         r"remittance)\b|(?:the |your )?(?:bank|banking|account|payment) (?:details|info)))"),
        r"\bsend (?:it |this |them )?(?:over |through )?again\b",
        r"\bsend (?:us |me )?(?:another|a new|a|the) (?:copy|invoice|pdf)\b",
        r"\bsend (?:us |me )?(?:the invoice|a copy)\b",
        r"\bforward (?:us |me )?(?:the invoice|a copy)\b",
    ), "proh"),
    (2, (
        r"\bno (?:attachment|invoice|pdf) (?:was )?(?:attached|included|received|found)\b",
        r"\bno record of (?:this|the|your|that) invoice\b",
    )),
)
INTENT_PAYMENT_DETAILS = (
    (2, (
        (r"\b(?:bank(?:ing)? (?:details|information|info|account)|account (?:number|details|info)"
         r"|iban|swift|bic|routing number|sort code|payment (?:details|information|instructions|l"
         r"ink|options|methods?)|virtual account|wire (?:instructions|details|information|info))\b"
         r".{0,60}\?"),
        # (a payer's bank asking: "our bank needs the BIC", "confirm the account holder name")
        (r"\b(?:send|provide|share|confirm|needs?|requires?|give|tell|what is|what are|what's|forward"
         r"|let us know|let me know)\s+(?:\w+\s+){0,4}(?:bank(?:ing)? (?:details|information|info"
         r"|account)|account (?:number|details)|iban|swift|bic|routing number|sort code|payment ("
         r"?:details|information|instructions|link|options)|virtual account|wire (?:instructions|"
         r"details|information|info)|"
         r"account holder|account name|beneficiary(?:'s)? (?:name|address|details)|"
         r"(?:full |postal )?address of (?:your|the) bank|bank(?:'s)? (?:full |postal )?address)\b"),
        # "our bank details got wiped, could you resend yours": theirs, again
        (r"\bre-?send (?:us |me )?(?:yours\b|your (?:bank|banking|account|payment)\b|(?:the )?"
         r"(?:bank|banking|account|payment) (?:details|info))"),
    )),
    (2, (
        (r"\b(?:how|where) (?:can|do|should|could|shall) (?:we|i) (?:pay|make (?:the )?payment|se"
         r"nd (?:the )?(?:payment|money))\b"),
        r"\bwhich (?:bank )?account\b",
        r"\bpay (?:online|by card|by credit card)\b.{0,30}\?",
    )),
    (1, (
        r"\bbank details\b",
        r"\bbanking details\b",
        r"\biban\b",
        r"\baccount number\b",
    ), "", None,
     # thanks for them, or them received: nothing asked
     (r"\b(?:thanks?|thank you|many thanks)(?: (?:very|so) much)? for (?:sending |sharing |"
      r"providing |confirming )?(?:us |me )?(?:the|your|these)\b|\b(?:received|got|noted) "
      r"(?:the|your) (?:bank|banking|account)\b")),
    (2, (
        r"\b(?:best|easiest|preferred|fastest) way to pay\b",
        (r"\b(?:do|can) you (?:accept|take) (?:credit cards?|cards?|paypal|card payments?|checks?"
         r"|cheques?)\b"),
        r"\bpay (?:by|with|via) (?:card|credit card|paypal|check|cheque)\b.{0,30}\?",
    )),
)
# a table of phrases, any of which is a stop; a negation right before it or a denied
# request before it
# ("I did not ask you to stop emailing us") undoes it
INTENT_STOP = (
    (3, (
        (r"\bstop (?:contacting|emailing|e-mailing|sending|writing|messaging|calling|these|"
         r"this|harass\w*|spamm?ing|bothering)\b"),
        (r"\bstop (?:all |these |the |your |further )?(?:automated |automatic )?(?:reminders|"
         r"emails|e-mails|mails|messages|notices|mailings)\b"),
        r"\bunsubscribe\b",
        (r"\b(?:do not|don't|never) (?:\w+ )?(?:contact|email|e-mail|write to|message|call|"
         r"bother) (?:us|me)\b"),
        r"\b(?:do not|don't) (?:send|email|e-mail) (?:us|me|any)\b",
        (r"\b(?:do not|don't|please never) (?:send|email|e-mail)\b(?:\s+[^\s,;.!?]+){0,3}?\s+"
         r"(?:again|anymore|any more|to (?:this|my|our) (?:address|e-?mail))\b"),
        r"\bremove (?:me|us|my|our)\b.{0,30}\b(?:list|address|mailing|database|records)\b",
        r"\btake (?:me|us|my|our) (?:\w+ )?(?:off|out of)\b",
        # "please take this address off your automated reminder list", "remove this e-mail
        # address from your chaser list" (not "take the old address off the invoice")
        (r"\b(?:take|remove|delete)\s+(?:this|the|that|our|my)\s+(?:e-?mail\s+)?address\s+"
         r"(?:off|out of|from)\s+(?:\S+\s+){0,3}?(?:list|mailing list|distribution|database)\b"),
        r"\bleave (?:us|me) alone\b",
        r"\bno (?:more|further) (?:emails|e-mails|reminders|messages|mails)\b",
        (r"\bcease (?:all )?(?:contact|communication|correspondence|sending|emailing|"
         r"e-mailing|writing|these|this|further)\b"),
        r"\bdesist\b",
        # a third party for the client (an administrator, a solicitor): "please do not contact
        # the practice or its staff", "further automated reminders to the company should cease"
        (r"\b(?:do not|don't|never) (?:\w+ )?(?:contact|email|e-mail|write to|call) (?:the|our|this)"
         r" (?:company|practice|client|business|debtor|firm|directors?|staff|school|charity|trust)\b"),
        (r"\b(?:reminders|emails|e-mails|correspondence|contact|chasing)\b(?:\s+\S+){0,4}?\s+(?:should|"
         r"must|shall|is to|are to|will need to)\s+(?:now\s+)?(?:cease|stop)\b"),
        r"\bopt (?:me |us )?out\b",
        r"\bharass\w*\b",
        (r"\brefrain from (?:further )?(?:contacting|emailing|e-mailing|sending|writing|"
         r"messaging|calling)\b"),
        (r"\b(?:no longer|do not|don't|not) (?:wish|want|like) to (?:receive|get|be sent)"
         r" (?:any )?(?:further |more )?(?:\w+ )?(?:emails|e-mails|messages|reminders|mails?|"
         r"notices|correspondence)\b"),
        (r"\b(?:no longer|do not|don't|not) (?:wish|want) to be (?:contacted|emailed|"
         r"e-mailed|reminded)\b"),
        r"\b(?:delete|erase) (?:my|our) (?:e-?mail )?(?:address|contact details|data)\b",
        (r"\bnot interested in (?:any )?(?:further |more |your )?(?:correspondence|emails|"
        r"e-mails|messages|mails|contact|communication|reminders)\b"),
        (r"\b(?:want|wish|like|ask|need) (?:\w+ )?to be (?:removed|taken off|unsubscribed|"
        r"deleted)\b"),
    ), "near"),
    # mail by post only: "please send all correspondence by post only"
    (3, (
        (r"\b(?:by|via|through) (?:the )?(?:post|postal mail|letter|regular mail|snail mail|"
         r"paper mail) only\b"),
        r"\bonly (?:by|via|through) (?:the )?(?:post|postal mail|letter|regular mail|paper mail)\b",
        r"\b(?:postal|paper) (?:correspondence|mail) only\b",
    ), "near", None, r"\b(?:cheque|check|payment|paid|sent|posted|mailed)\b"),
)

# =================================================================== an auto-reply
# an auto-reply's subject: enough on its own
AUTO_SUBJECT = (r"out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|"
                r"auto[- ]?respon|automated response|away from (?:the )?office|on vacation|"
                r"vacation (?:reply|notice|message)|on (?:annual )?leave|^\s*away\b|"
                r"^\s*absent\s*:")
# out-of-office wording in an auto-reply's body
# an auto-reply saying the person has left: a new contact is needed, which a person finds
# ("has left Northwind Offshore plc": a company named by its legal form, not "the office")
DEPARTED = (r"\bno\s+longer\s+(?:works?|working|employed|with)\b|\b(?:has|have)\s+(?:now\s+)?"
            r"left\s+(?:the\s+(?:company|organi[sz]ation|firm|business)|us)\b|\bis\s+no\s+longer\s+"
            r"(?:part\s+of|at)\b|\b(?:has|have)\s+(?:now\s+)?left\s+(?:[\w&'.-]+\s+){1,5}?"
            r"(?:plc|ltd|limited|llc|llp|inc|corp|gmbh|ag|sas|sarl|bv|nv|ab|aps|oy|pty|pte)\b|"
            # "has left our company", "has departed the firm", "is no longer an employee of"
            r"\b(?:has|have)\s+(?:now\s+)?(?:left|departed)\s+(?:our|the)\s+(?:company|"
            r"organi[sz]ation|firm|business)\b|\bno\s+longer\s+(?:an?\s+)?(?:employee|"
            r"member\s+of\s+staff)\b")
AUTO_BODY = (r"\bI(?: am|'m| will be| shall be)(?: currently| now)? (?:out of (?:the )?office|"
             r"away|on (?:annual |parental |sick |maternity )?leave|on (?:vacation|holiday)|"
             r"travell?ing|out of town|not in the office|absent|unavailable|off)\b|\bI (?:have|"
             r"had) limited access to (?:my )?e-?mail|\b(?:this is an? )?(?:automatic|"
             r"automated|auto-generated) (?:reply|response|message)|\bI will (?:be back|return)"
             r" (?:on|in the office)|\bI(?:'ll| will) respond (?:to your (?:e-?mail|message) )"
             r"?(?:upon|on|after) my return")
# a person's words about paying: absence wording alone never outvotes them
PAYMENT_WORDS = r"\b(?:paid|pay|paying|payment|transfer\w*|remit\w*|dispute\w*)\b"
# the title of a client's own record of a payment it attaches to its paid claim ("Remittance
# advice", "Bukti transfer", "Реестр платежей"): the amount it shows is what it says it paid
REMITTANCE_TITLE = r"\bremittance\b|\bpayment advice\b|\bproof of (?:payment|transfer)\b"
# a note asking a colleague to decide ("please advise", "your call"): their own deliberation
# at the client (mailbot.reading.kinds.client_reply)
ASKS_DECISION = (r"\bplease advise\b|\byour (?:call|decision)\b|\bhow should we (?:proceed|handle)\b|"
                 r"\bwhat do you (?:think|suggest)\b")
# ... except in the absence note's "for payment matters please contact ..."
REDIRECT = r"\b(?:contact|reach|write to|get in touch|forward\w*)\b"
# ... unless somebody in that sentence says they paid or will pay
FIRST_PERSON = r"\b(?:we|I)\b"
PAID_STATEMENT = r"\b(?:paid|will pay)\b"
# right before the date the writer is back: "back on"
BACK = (r"\b(?:(?:be |am |I'm |I am |will be |we're |we are |we'll be |I'll be )"
        r"back(?: in the office| at work| at my desk| in the office)?(?: on| by| from)?|"
        r"back (?:in the office |at work |at my desk |in )?(?:on|by|from)|"
        # "back in the practice / at the clinic on ...": any workplace the writer names
        r"back (?:in|at) (?:the|my|our) [^\W\d_]+ (?:on|by|from)|return(?:ing)"
        r"? (?:to (?:the |my )?(?:office|desk|work) )?(?:on|by)|returning|(?:will|shall)"
        r" return(?: on)?|back in the office|(?:available|reachable|contactable) again (?:on|from)|reopen(?:ing|s)? on|"
        r"(?:resume|resuming)(?: normal)?(?: business| work| operations)? on)")
# "from <date> ... back": the word before the date, looking ahead to the return word
BACK_FROM = ""
# third best: until when the writer is away, or the end of a range "from A to B"
# "from 3 to 14 May": the range's first day may be a bare number
UNTIL = r"\b(?:until|till|through|thru|away to|from [^\n]{1,30}? to)"

# ================================================================= payment terms
# the unit of a payment term: days; a group named business marks business days
TERMS_UNIT = r"(?P<business>business\s+|working\s+|bank(?:ing)?\s+|banking\s+)?days?\b"
# words before the number of days: "within 30 days", "payment terms: 30 days"
TERMS_BEFORE = (r"within|in|after|payment\s+terms?(?:\s+(?:for|on)\s+(?:[^\W\d_]+\s+){0,2}?invoices?)?:?|terms?(?:\s+of\s+payment)?:?|due\s+in|"
                # "our usual 30 days", "standard 14 days": the client's customary terms
                r"(?<![^\W\d_])(?:usual|standard|normal|customary)")
# words after it that make it a term: "30 days net", "30 days from the invoice date"
TERMS_AFTER = (r"net\b|(?:payment\s+|credit\s+)?terms?\b|from\s+(?:the\s+)?(?:invoice|date|receipt)|"
               r"after\s+(?:the\s+)"
               r"?(?:invoice|receipt|date)|of\s+(?:the\s+)?(?:invoice|receipt)")
# payable at once: a term of 0 days
TERMS_NOW = (r"(?:due|payable|payment|terms)\s*[:\-–—]?\s*(?:(?:immediately\s+)?(?:up)"
             r"?on\s+receipt|immediate(?:ly)?(?![^\W\d_]))|(?:due|payable)\s+(?:in\s+full\s+)"
             r"?(?:immediately|(?:up)?on\s+receipt)|"
             # "payable on the invoice date", "payment is due on the date of the invoice"
             r"(?:due|payable)\s+(?:in\s+full\s+)?on\s+(?:the\s+)?(?:(?:invoice|issue)\s+date|"
             r"(?:date|day)\s+of\s+(?:the\s+)?(?:invoice|issue))(?![^\W\d_])")
# an early-payment discount
DISCOUNT_WORDS = r"discount"
# a percentage's word after its figure ("LESS 2PCT", "2 percent")
PERCENT_WORDS = r"pct\b|per\s?cent\b"
# the net period, not the discount period
NET_MARK = r"\bnet\b"
# late fees or interest
LATE_FEE = (r"late\s+(?:payment|fee|charge|interest)|interest\s+(?:of|at|will)|"
            r"overdue\s+(?:fee|interest|charge)")

# ======================================================= a bounce and a read receipt
# where a bounce starts quoting the returned message (^: a line's start)
RETURNED_COPY = (r"^.{0,12}(?:-{2,}|\*{3,}|={3,}|_{3,}).{0,8}(?:original|returned|unsent|"
                 r"undelivered)[ -](?:message|mail)|^.{0,10}(?:original|returned|unsent)"
                 r" message (?:follows|headers?)|^.{0,10}original message headers|"
                 r"^.{0,40}(?:message headers|headers of the (?:original|returned) message)"
                 r" follow|^.{0,20}(?:below (?:this line )?is a copy|this is a copy of (?:the|"
                 r"your) message|a copy of the original message)|^-+ ?(?:original|returned|"
                 r"unsent) message")
# a mail server's display name in From
DAEMON_NAMES = (r"mailer[- ]?daemon|mail delivery (?:system|subsystem|service)|postmaster|"
                r"mail (?:administrator|system)|system administrator|microsoft outlook|"
                r"mail deliver(?:y)? system|mail[- ]?server")
# before an address in a bounce: the sender's, not a failed recipient
SENDER_LABELS = (r"(?<!expanded )\bfrom|\bsender|\bmail from|\benvelope-from|\bsent by|"
                 r"\breply-to|\bcc")
# a bounce's subject
BOUNCE_SUBJECT = (r"undeliver|undelivered|non[- ]?delivery|delivery (?:status notification|"
                  r"status|failure|has failed|failed|report|problem|notification|error)|"
                  r"returned mail|returning message|failure notice|mail delivery (?:failed|"
                  r"failure|error|system|problem|warning)|delivery (?:delayed|warning)|"
                  r"delayed mail|could not (?:be )?(?:send|sent|deliver)|mail system error|"
                  r"mail (?:error|failure)|error sending|not (?:be )?delivered|"
                  r"^warning:.{0,60}(?:could not|unknown|delayed)|smtp server: errors from")
# a bounce's own words (above the returned copy)
BOUNCE_BODY = (r"could ?n[o']t be (?:delivered|reached|sent)|(?:could|can)not be (?:delivered|"
               r"reached)|undeliverable|delivery (?:to the following recipients?|has) failed|"
               r"failed to deliver|(?:permanent|fatal|temporary) (?:fatal )?errors?|"
               r"delivery (?:errors|notifications)|(?:user|recipient|address|mailbox)(?: is)"
               r"? (?:unknown|not found|unavailable|full|disabled|rejected|does not exist)|"
               r"unknown (?:user|recipient)|no such (?:user|mailbox|recipient)|(?:was|were|has|"
               r"have) not (?:been )?delivered|(?:wasn't|was not|couldn't) (?:be )?delivered|"
               r"unable to deliver|error (?:occurred )?(?:while )?(?:trying to )?deliver|"
               r"trouble delivering|wasn't able to deliver|did not reach|returned mail|"
               r"following (?:address(?:es)?|recipients?)[^\n]{0,40}(?:failed|errors|rejected|"
               r"could not)|address(?:es)? failed|recipient address rejected|message (?:was )"
               r"?(?:rejected|bounced)|mailbox (?:is )?full|quota exceeded|over quota|"
               r"delivery is delayed|has not (?:yet )?been delivered|delay(?:ed)? (?:in )"
               r"?delivery|could not deliver|not be delivered|address not found|"
               r"host (?:not found|unknown)")
# a delay: the server still tries
BOUNCE_TEMPORARY = (r"\bdelay(?:ed)?\b|will (?:continue to )?(?:be )?retr(?:y|ied)|"
                    r"will be retried|still (?:be )?(?:trying|retrying)|retry(?:ing)? (?:for|"
                    r"until)|will keep trying|temporar(?:y|ily)|\bdeferred\b|"
                    r"not yet been delivered|warning message only|do not need to resend|"
                    r"no action is required|will be retried")
# the server's own verdict that it gave up
BOUNCE_FINAL = (r"this is a permanent error|permanent fatal errors?|permanent (?:delivery )"
                r"?failure|i'?ve given up|i'?m not going to try again|gave up|giving up on")
# a refusal by the recipient's server of this one message (its filter or policy): a
# bounce of reason "spam" or "policy", the address still alive
BOUNCE_REJECTED = (r"(?:message|mail|e-?mail)\b[^\n.]{0,80}?\b(?:was|has been|is|were) (?:blocked|"
                   r"rejected|refused|denied|quarantined|not accepted)|rejected (?:as|by|due|"
                   r"because)|blocked (?:by|due|because)|(?:spam|content) filter(?:ing)? "
                   r"rejected|(?:not permitted|not allowed) to send|^\W*(?:message|mail|e-?mail) "
                   r"(?:blocked|rejected|refused)\b")
# the reason classes of a bounce (mailbot.reading.kinds.bounce.reason)
BOUNCE_SPAM = (r"\bspam\b|\bjunk\b|black ?list|block ?list|\brbl\b|\bdnsbl\b|spamhaus|"
               # (a content filter's refusal of links or attachments is policy unless it
               # speaks of spam)
               r"reputation|\bphish|"
               # a filtering gateway's verdict on the message for each recipient, after
               # DATA: "550 permanent failure for one or more recipients (ap@x.test:blocked)"
               r"@[\w-]+(?:\.[\w-]+)+:(?:blocked|quarantined)\b")
BOUNCE_POLICY = (r"\bpolic(?:y|ies)\b|not (?:permitted|allowed|authori[sz]ed)|"
                 r"(?:restricted|prohibited)|access denied|relay(?:ing)? denied|"
                 r"\bdmarc\b|\bspf\b|\bdkim\b|external senders?|"
                 # the recipient's own block of our sender (a gateway's "Envelope blocked -
                 # User Entry", "sender blocked by the recipient"): the mailbox is alive
                 r"\b(?:envelope|sender) (?:is |was |has been )?blocked\b|\bblocked by (?:the )?"
                 r"(?:recipient|user|administrator|organi[sz]ation)")
BOUNCE_USER_UNKNOWN = (r"(?:user|recipient|address|mailbox|account)(?: is)? (?:unknown|not "
                       r"found|does not exist|doesn't exist|disabled|deactivated|inactive)|"
                       r"unknown (?:user|recipient|address|mailbox)|no such (?:user|mailbox|"
                       r"recipient|address)|does(?: not|n't) exist|invalid (?:recipient|"
                       r"mailbox|address)|address not found|no mailbox|"
                       # Yahoo's "dd Not a valid recipient", Exchange's "x wasn't found at y"
                       r"not a valid (?:recipient|mailbox|address|user)|\bwas(?:n't| not) found at\b|"
                       # "the mailbox <address> was closed on 31 October": it is gone
                       r"(?:mailbox|address|account)\b[^\n]{0,60}?\b(?:(?:has been|was|is) "
                       r"(?:closed|deleted|removed|discontinued)|no longer (?:exists|in use|active))|"
                       # Yahoo's reply "554 delivery error: dd This user doesn't have a yahoo.com
                       # account" (without Yahoo's "dd", a forwarder's filter says it)
                       r"delivery error: dd this user (?:does not|doesn't) have an? [\w.-]+ account|"
                       # Lotus Notes/Domino's directories, Exchange 2003, IMail
                       r"not listed in (?:the )?(?:domino directory|public name (?:&|and) address "
                       r"book)|recipient name is not recognized|invalid final delivery userid")
# words that the recipient's account does not exist (not the bare "user unknown" that a
# carrier's filter also answers after DATA): Yahoo's "This user doesn't have a yahoo.com account"
BOUNCE_ACCOUNT_GONE = (r"\b(?:user|recipient|address|mailbox|account)\b[^\n]{0,40}?\b(?:does not|"
                       r"doesn't|no longer) (?:exists?|have an? [\w.-]+ account)")
# a DNS lookup failure for the recipient's domain ("Host or domain name not found. Name service
# error", NXDOMAIN: RFC 3463's X.4.4, which may pass): reason other, whatever words for an
# unknown address the same line holds. (A plain "Domain does not exist" stays unknown.)
BOUNCE_NO_DOMAIN = (r"name service error|\bhost not found|\bnxdomain\b|no (?:mx|mail exchanger) "
                    r"(?:record|host)|\bdns\b[^\n]{0,20}?\b(?:error|failure|lookup failed)|"
                    # Gmail's "because the domain x couldn't be found", a null MX (RFC 7505)
                    r"\bdomain [\w.-]+ (?:could(?:n't| not) be found|does(?:n't| not) receive "
                    r"e-?mail)|\bnull mx\b")
# blocked, locked or suspended, which may be lifted: whether the address is gone is a
# person's call (a mailbox "disabled" is read as unknown, as servers mostly mean it)
BOUNCE_DISABLED = (r"(?:mailbox|address|account)\b[^\n]{0,60}?\b(?:(?:has been|was|is) "
                   r"(?:temporarily )?(?:blocked|locked|suspended|frozen))")
# "The user(s) account is disabled", Gmail's "The email account that you tried to reach is
# inactive": switched off, not said to be gone (read so only where no addressing code,
# X.1.x, says the mailbox is unknown): reason other, the address kept
BOUNCE_INACTIVE = (r"\b(?:account|mailbox|user)\b[^\n]{0,40}?\b(?:is|was|has been) "
                   r"(?:disabled|deactivated|inactive)|\b(?:account|mailbox) (?:disabled|inactive)\b")
BOUNCE_MAILBOX_FULL = (r"mailbox (?:is )?full|(?:over|exceeded?(?: (?:the|its|their))?) "
                       r"(?:storage )?quota|quota (?:exceeded|violation)|inbox (?:is )?full|insufficient "
                       r"(?:storage|space)|out of (?:storage|space)")
# a sender-verification ("challenge/response") request: prove you are a real sender
CHALLENGE = (r"(?:confirm|verify|prove)\b[^\n.]{0,40}?\byou(?:'re| are) (?:a )?(?:human|real|"
             r"not a (?:robot|spammer|machine|bot))|sender (?:verification|confirmation)|verify (?:yourself|"
             r"your (?:e-?mail|address|identity) as a sender)|(?:approved|allowed|safe) "
             r"senders? list|(?:join|added to|be on)\b[^\n.]{0,40}\bguest list|"
             r"challenge[- /]response|(?:added to|on) (?:my|our|the|a) white ?list|"
             r"(?:spam|junk) (?:protection|filter)\b[^\n]{0,80}(?:confirm|verify)"
             # "because you are not yet on the recipient's list of approved senders"
             r"|\blist of (?:approved|allowed|verified|trusted|safe) senders\b")
# the challenge's way to answer by mail ("reply to this message")
# ... a message held until the sender confirms it; mail taken only from verified senders
CHALLENGE += (r"|(?:accepts?|receives?) (?:e-?mail|mail|messages) (?:only )?from (?:verified|"
              r"approved|known) senders|your (?:message|e-?mail) (?:to \S+ )?(?:has been|was|is "
              r"being) (?:temporarily )?held\b[^\n]{0,160}?(?:confirm|release|verify)"
              # "your message to sam@... is waiting for approval" (until the sender answers)
              r"|your (?:message|e-?mail) (?:to \S+ )?is (?:now )?(?:waiting|awaiting|pending)"
              r"(?: for)? (?:your )?(?:approval|confirmation|verification)")
# ... a filter protecting its owner from junk, the mail delivered once the sender verifies
CHALLENGE += (r"|\bprotect(?:s|ing)? (?:myself|ourselves|me|us|my inbox|our inbox|this mailbox) "
              r"(?:from|against) (?:receiving )?(?:junk|spam|unsolicited|unwanted)|"
              r"\b(?:message|e-?mail|mail)\b(?:[^\n.]|\.(?=\w)){0,80}?\b(?:will|shall) be "
              r"(?:delivered|released|forwarded)\b[^\n.]{0,30}?\b(?:once|after|when|as soon as) "
              r"you(?: have)? (?:verif|confirm|click)")
# ... held because the sender is not (yet) on its owner's approved list or in the
# recipient's address book (the filter's whitelist, answered by a reply)
CHALLENGE += (r"|\bnot (?:yet )?on (?:\S+ ){0,2}(?:approved|allowed|accepted|trusted|safe|white) ?"
              r"(?:senders? )?list\b|\bnot (?:yet )?(?:in|on) (?:the recipient'?s'?|the "
              r"recipients'|my|our|his|her|their|[\w.-]+['\u2019]s) (?:address ?book|contacts?"
              r"(?: list)?)\b")
# ... "your message to x@y is on hold. To verify, simply reply to this email"; mail from
# unknown senders delivered only after they confirm
CHALLENGE += (r"|\byour (?:message|e-?mail) (?:to \S+ )?is (?:currently |now )?on hold\b"
              r"[^\n]{0,160}?(?:confirm|release|verif)|"
              r"\bto (?:verify|confirm)(?: you| yourself| your address)?,? (?:simply |just )?"
              r"reply to this (?:message|e-?mail)|"
              r"\b(?:mail|messages|e-?mails) from (?:unknown|new|unrecognized|unfamiliar) "
              r"senders\b[^\n.]{0,60}?\b(?:after|once|until)\b[^\n.]{0,40}?(?:confirm|verif)")
CHALLENGE_REPLY = (r"(?:simply |just )?reply to this (?:message|e-?mail)|"
                   # "or send a blank email to: ..."
                   r"send (?:us )?(?:a |an )?(?:blank|empty) (?:message|e-?mail|mail) to\b"
                   # "to release it, reply to approve-5e8b@filter.example"
                   r"|\breply to [\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the words that introduce the link to confirm with (the first link after them is it)
CHALLENGE_LINK = (r"\b(?:click|follow|open|visit|use)\b[^\n.]{0,30}?\blink\b[^\n.]{0,60}?"
                  r"\b(?:to|and)\b[^\n.]{0,40}?\b(?:verif|confirm|complet|approv|prove|whitelist|"
                  r"release)|"
                  r"\b(?:verify|confirm)\b[^\n.]{0,60}?\bby (?:clicking|following|visiting|opening)"
                  r"|\bclick here to (?:verify|confirm|complete|approve)"
                  # the purpose first: "To complete this verification, (simply reply to this
                  # message or) click the link below:"
                  r"|\bto (?:complete|finish|do) (?:this|the|your) (?:verification|confirmation)\b"
                  r"[^.]{0,120}?\b(?:click|follow|open|visit|use)\b[^\n.]{0,30}?\blink\b")
# a sender announcing its own new bank account (payment-diversion fraud's wording)
BANK_CHANGED = (r"\b(?:our|my) (?:bank(?:ing)? (?:details|account|information)|account details|"
                r"iban|remittance details)\b[^.\n]{0,30}?\b(?:ha(?:ve|s) (?:been )?changed|"
                r"(?:are|is) changing|ha(?:ve|s) been updated)|\b(?:new|updated|changed) "
                r"(?:bank(?:ing)? (?:details|account)|iban)\b[^.\n]{0,40}?\b(?:below|as follows|"
                r"with immediate effect|from now on|going forward)")
# a read receipt's subject (with its colon)
RECEIPT_SUBJECT = r"(?:read|read[- ]receipt)\s*:|return receipt\b"
# a "deleted unread" notice's subject, before its colon
NOT_READ_SUBJECT = r"not read"
# the whole of a non-standard receipt (matched with DOTALL)
RECEIPT_BODY = r"^\W*(?:your |the )?message\b.{0,400}?\bwas (?:read|displayed|opened) (?:on|at)\b"
# a "deleted unread" notice's words
NOT_READ_BODY = r"(?:was |were )?deleted without (?:being )?read"

# =============================================================== a payment notice
# the label of the amount paid, best first
PAYMENT_AMOUNT_LABELS = (r"amount\s+(?:paid|received|credited|of\s+(?:the\s+)?payment|"
                         r"transferred)|payment\s+amount|paid\s+amount|total\s+paid|"
                         r"total\s+payment|total\s+amount\s+paid|you(?:'ve|\s+have)"
                         r"?\s+(?:received|got)|received\s+(?:a\s+)?payment|"
                         r"(?:made|sent|received)\s+a\s+payment\s+of")
# a cross-border transfer's amount as instructed by the payer (before charges on the way)
PAYMENT_INSTRUCTED_LABELS = r"instructed\s+amount|amount\s+instructed"
# ... else any amount word
PAYMENT_AMOUNT_WORDS = r"\bamount\b|\btotal\b"
# a line whose amount is not the payment (fees, balances, the invoice total)
# a credit list's line that is a tax office's refund, no client's payment ("HMRC VAT
# REPAYMENT")
PAYMENT_TAX_CREDIT = (r"\bhmrc\b|\bvat\s+(?:repayment|refund)|\btax\s+(?:refund|repayment)|"
                      r"\birs\s+treas")
PAYMENT_NOT_AMOUNT = (r"\bfee|balance|available|\bnet\b|payout|invoice\s+(?:total|amount)|open|"
                      r"remaining|outstanding")
# ... of them, the invoice's total or the balance left, written after a payment's figure
# on its line ("a payment of EUR 600.00 towards X (invoice total EUR 1,230.50)")
PAYMENT_BESIDE = r"invoice\s+(?:total|amount)|balance|remaining|outstanding|open"
# the label of a cross-border transfer's charges option ("Charges: SHA")
PAYMENT_CHARGES_LABELS = r"(?:details\s+of\s+)?charges|fees|charge\s+option"
# ... a bank on the way that took its charges from the money ("deducted by intermediary")
PAYMENT_BANK_ON_THE_WAY = r"intermediar\w*|correspondent|beneficiary\s+bank|receiving\s+bank"
# the label of the date paid
PAYMENT_DATE_LABELS = (r"payment\s+date|date\s+(?:of\s+)?(?:payment|transaction|transfer)|"
                       r"paid\s+on|value\s+date|booking\s+date|transaction\s+date|received\s+on")
# a line that carries the payer's reference (invoice numbers)
# the value date's own label: when the money was paid (before a booking date)
PAYMENT_VALUE_DATE_LABELS = r"value\s+date"
PAYMENT_REFERENCE = r"reference|ref\.?|remittance\s+info\w*|memo|description|purpose|note"
# the notice says the payment is partial
# the part of a payment split in parts, before its count ("part 1 of 3", "instalment 1/2")
PAYMENT_PART_WORDS = r"part|instal+ment|tranche"
# ... a part word alone in the payer's reference ("MLU-7 PART", no "of N" after it)
PAYMENT_PART_REFERENCE = r"part|part\s?pa(?:id|yment)|pt\s?pmt"
PAYMENT_PARTIAL = (r"partial|part[- ]paym(?:en)?t|\bpart\s+pmt|bal(?:ance)?\s+to\s+follow|instal+ment|"
                   # "Amount remaining: £0.00": a remainder of nothing is no part payment
                   r"(?:amount\s+remaining|remaining\s+(?:balance|amount)|balance\s+remaining)"
                   r"(?!\W{0,3}(?:£|\$|€|gbp|usd|eur)?\s*0+(?:[.,]0{1,2})?(?![\d.,]*\d))")
# ... or in full
PAYMENT_FULL = r"in\s+full|paid\s+in\s+full|full\s+payment|fully\s+paid"
# ... or short by what the payer kept back ("LESS 5PCT RETENTION", "less bank charges")
PAYMENT_DEDUCTED = (r"\bless\b(?!\s+than)|\bminus\b|\bdeduct(?:ed|ion|ing)?\b|\bretention\b|"
                    r"\bretained\b|short[- ]paid|short\s+payment")
# a refund, reversal or failed payment: no money received
PAYMENT_NOT_RECEIVED = (r"refund|chargeback|reversal|reversed|failed|declined|"
                        r"outgoing\s+transfer|payment\s+(?:was\s+)?cancel|dispute\s+opened")
# the label of the payer's name
PAYER_LABELS = r"from|payer|paid\s+by|sender|ordering\s+party|customer"
# the word "date" (a date labelled so is the payment's unless it is the invoice's)
DATE_WORD = r"date"
# ... words before it that make it another date ("due date", "invoice date")
PAYMENT_NOT_DATE_BEFORE = r"due|invoice"
# ... or after it ("date of the invoice")
PAYMENT_NOT_DATE_AFTER = r"invoice"

# ==================================================================== an invoice
# the label of the due date
DUE_LABELS = (r"due\s+date|date\s+due|payment\s+due(?:\s+date)?|due\s+(?:on|by)|(?<!amount\s)"
              r"(?<!balance\s)(?<!total\s)\bdue\b|payable\s+(?:by|until|on|before|"
              r"no\s+later\s+than)|pay(?:ment)?\s+(?:by|before|until)|remit\s+(?:by|until|"
              r"before)|to\s+be\s+paid\s+by|no\s+later\s+than")
# the label of the issue date
# right before an issue label: the label names where the terms start ("45 days of invoice
# date"), not the issue date; a date in brackets after it is the due date
ISSUE_AS_START = r"(?:\bof|\bfrom|\bafter|\bsince)(?:\s+the)?"
ISSUE_LABELS = (r"invoice\s+date|date\s+of\s+(?:issue|invoice)|issue\s+date|issued(?:\s+on|"
                r"\s+at)?|billing\s+date")
# before a bare "date": another date ("due date", "delivery date")
NOT_ISSUE_BEFORE = r"due|delivery|order|payment|ship(?:ping)?|service|value|booking|paid"
# ... or after it ("date of delivery")
NOT_ISSUE_AFTER = r"due|of\s+(?:delivery|payment|order|service)"
# the line of the amount to pay, best first: the amount due
AMOUNT_DUE_LABELS = (r"(?:amount|balance|total)\s+(?:now\s+)?due|due\s+payable|(?:amount|balance)\s+payable|"
                     r"total\s+payable|payable\s+amount|amount\s+to\s+(?:be\s+)?pa(?:y|id)|"
                     r"please\s+pay|(?:balance|total)\s+to\s+(?:be\s+)?pa(?:y|id)|"
                     # what is left after a payment on account: "the balance now outstanding"
                     r"(?:balance|amount)\s+(?:now\s+|still\s+)?(?:outstanding|remaining|owing)|"
                     r"(?:outstanding|remaining)\s+(?:balance|amount)")
# ... else the total
TOTAL_LABELS = r"grand\s+total|total\s+amount|invoice\s+total|total\s+(?:incl|inc\b|including)"
# ... else any amount word
AMOUNT_WORDS = r"\btotal\b|\bamount\b"
# a line whose amount is not the total (subtotal, tax, discount, fees, unit price)
NOT_TOTAL = (r"sub-?\s?total|\bnet\b(?!\s+à)|excl|\bvat\b|\btax\b|discount|already\s+paid|"
             r"deposit|shipping|\bfee\b|(?<!outstanding\s)(?<!remaining\s)balance\b(?!\s+(?:(?:now\s+)?due|payable|to\s+"
             r"(?:be\s+)?pa(?:y|id)|(?:now\s+|still\s+)?(?:outstanding|remaining|owing)))|"
             r"per\s+(?:hour|unit)|unit\s+price")
# the label of the document's currency
CURRENCY_LABELS = r"currency|amounts?\s+in"
# the label of the debtor's block ("Bill to:")
PARTY_LABELS = r"bill(?:ed)?\s+to|invoice\s+to|sold\s+to|customer|client|buyer"
# a field holding the debtor's name
NAME_KEYS = r"name|company"
# ... or address
ADDRESS_KEYS = r"address"
# a table's header: the debtor's block ends
TABLE_HEADERS = r"description|qty|quantity"
# a credit note, not an invoice
# a statement's balance (several invoices' sum): never one invoice's amount, even
# when no other line names a total
STATEMENT_BALANCE = r"\bbalance\b|statement\s+of\s+account"
CREDIT_NOTE = r"credit\s+(?:note|memo)"
# the word for an invoice (in a subject)
INVOICE_WORDS = r"invoice|bill"
# an invoice word as a bank's reference field shortens it ("INV 0430")
INVOICE_ABBREVIATIONS = r"inv"
# Competing totals (mailbot.reading.amount_due): a part of a larger sum, billed now or
# later (a down payment, an installment, a phase)
INVOICE_PART = (r"down\s*-?payment|deposit|advance\s+payment|prepayment|instal+ments?|"
                r"milestone|phase\s*\d|first\s+phase|tranche|progress\s+(?:payment|billing)|"
                r"partial\s+invoice|stage\s+\d|"
                # "1st payment", "2nd instalment"
                r"\b\d(?:st|nd|rd|th)\s+(?:payment|instal+ment|tranche)")
# ... the larger sum itself, not due now (a contract's or a quote's value)
INVOICE_WHOLE = (r"contract\s+(?:value|total|price|sum|amount)|total\s+contract|project\s+"
                 r"(?:value|total|price)|order\s+(?:value|total)|quot(?:e|ation)\s+(?:no\.?\s*)?"
                 r"[\w-]*\d|quot(?:e|ation)\s+(?:total|amount|value)|estimate\s+(?:total|amount)|"
                 r"overall\s+(?:value|total)")
# ... payment in parts, stated without saying which part is due now
INVOICE_IN_PARTS = (r"in\s+(?:\w+\s+)?instal+ments|payment\s+schedule|in\s+(?:\w+\s+)?"
                    r"tranches|(?:split|spread)\s+(?:the\s+)?payments?|in\s+(?:two|three|four|"
                    r"five|six|\d)\s+(?:equal\s+)?(?:payments|stages|phases)|"
                    # "half on delivery and half after the snagging visit", "pay what you
                    # think is fair for now and the rest later": parts, none named due now
                    r"half\s+(?:on|upon|after|at|now)\b[^.\n]{0,80}?\bhalf\s+(?:on|upon|after|at|"
                    r"later|when)\b|the\s+rest\s+later")
# ... the invoice leaves the amount to pay now to the client ("pay what you think is fair for
# now", "in full or just the deposit, as you prefer"): a person decides, whatever it names
INVOICE_UNDECIDED = (r"pay\s+what(?:ever)?\s+you\s+(?:think|can|feel)|(?:in\s+full|the\s+whole\s+"
                     r"amount)\s+or\s+(?:just\s+|only\s+)?the\s+(?:deposit|first\s+instal+ment)|"
                     # what to pay now still to be agreed: "let me know which way you want
                     # to go", "no due date on it for now until we've agreed"
                     r"which\s+way\s+you\s+(?:want|'d\s+like)\s+to\s+go|no\s+due\s+date\s+(?:on\s+it\s+)?"
                     r"(?:for\s+now|yet)|until\s+we(?:'ve|\s+have)?\s+agreed|(?:amount|split|terms|"
                     r"schedule|instal+ments)\s+(?:is\s+|are\s+)?(?:still\s+)?to\s+be\s+agreed|"
                     # payable in another currency at the day's rate, or a sum that
                     # depends on a condition: which amount, in which currency, is open
                     r"or\s+(?:the\s+)?equivalent\s+in\b|at\s+the\s+(?:\S+\s+){0,3}rate\s+(?:on|of)\s+"
                     r"the\s+(?:day|date)\s+of\s+payment|pay\s+the\s+reduced\s+(?:amount|sum|total)|"
                     # "the figure stands if ...; if they add ... it goes up to ...", "a
                     # provisional invoice: please don't pay yet": the amount is not final
                     r"(?:figure|amount|price|total|fee|sum)\s+(?:stands|applies|holds)\s+if\b|"
                     r"\bif\b[^.\n]{0,80}?\b(?:it|this|that|the\s+(?:amount|figure|total|price|fee))\s+"
                     r"(?:becomes|rises\s+to|goes\s+up\s+to|increases\s+to|changes\s+to)|"
                     r"(?:i|we)(?:'ll|\s+will|\s+would)\s+re-?issue|(?:please\s+)?(?:don't|do\s+not)\s+"
                     r"pay\s+(?:this\s+|it\s+)?(?:yet|until)|final\s+(?:amount|figure|total)\s+"
                     r"(?:is\s+)?(?:not\s+(?:yet\s+)?(?:known|fixed)|to\s+follow|will\s+follow)")
# ... a tax the payer withholds: what is transferred is less than the invoice
WITHHOLDING = r"withholding\s+tax|\bwht\b|tax\s+withheld"
# ... right before a sum given only for information in another currency ("equivalent to
# approx. EUR 5,400 at today's rate"): never the invoice's amount or currency
CONVERTED_AMOUNT = (r"(?:approx(?:imately|\.)?\s+)?equivalent\s+(?:to\s+)?(?:about\s+|approx(?:imately|\.)?\s+|"
                    r"roughly\s+|around\s+|some\s+)?|≈\s*")
# ... right before a sum put into another currency at an exchange rate for information ("at
# today's rate that is about EUR 3,950.00"): never the amount, even as the text's only sum
CONVERTED_AT_RATE = (r"at\s+(?:today's|the\s+current|the\s+day's|the\s+present)\s+(?:exchange\s+)?rate,?\s+"
                     r"(?:(?:that|this|it)\s+(?:is|comes\s+to|would\s+be)\s+)?(?:about|approx(?:imately|\.)?|"
                     r"roughly|around|some|circa|ca\.)\s*")
# ... wording that says an amount is due now (beside AMOUNT_DUE_LABELS)
DUE_NOW = (r"due\s+now|now\s+due|payable\s+now|due\s+(?:immediately|upon\s+receipt|on\s+receipt)|"
           r"billed\s+now|invoiced\s+now|amount\s+of\s+this\s+invoice")
# ... a line that takes something off (a credit note, a payment already made)
# what is left after the part this invoice bills ("Remaining after this instalment: £6,300.00"):
# no part due now, no rival of it
REST_AFTER_THIS = r"\bafter\s+this\s+(?:instal+ment|payment|invoice|tranche|stage)\b"
DEDUCTION = r"\bless\b|\bminus\b|deduct|already\s+(?:paid|received)|paid\s+to\s+date"
# a part due on an event, not a date ("after the acceptance act is signed"): not due now
# payment terms counted from an event, not the invoice date ("7 days from signing the
# acceptance act"): the due date is not known, a person sets it
# ... payment terms that end with the month after the invoice's ("end of the month following
# the month of invoice", "end of the following month"): that month's last day, no day count
TERMS_MONTH_FOLLOWING = (r"end\s+of\s+(?:the\s+)?(?:calendar\s+)?month\s+following|"
                         r"end\s+of\s+(?:the\s+)?following\s+(?:calendar\s+)?month")
# ... a credit note sent beside the invoice that is not to be set against it ("please do not
# net the credit note off", "we will refund it separately")
CREDIT_NOT_NETTED = (r"(?:do\s+not|don't|please\s+don't)\s+(?:net|deduct|offset|set)\b[^.\n]{0,40}?"
                     r"(?:off|against|from)|(?:refund|pay|transfer)\w*\s+(?:it\s+|this\s+)?(?:to\s+you\s+)?"
                     r"separately")
TERMS_FROM_EVENT = (r"days\s+(?:from|after|of|following)\s+(?:the\s+)?(?:\w+\s+)?(?:signing|signature|sign-?off|"
                    r"acceptance|approval|completion|commissioning|go-?live)\b")
PART_ON_EVENT = (r"(?:after|upon|on|following)\s+(?:the\s+)?(?:signing|signature|sign-?off|acceptance|"
                 r"approval|completion|commissioning|go-?live|delivery)\b|once\s+(?:the\s+)?[\w\s-]{1,40}?"
                 r"\b(?:is|are|has\s+been|have\s+been)\s+(?:signed|accepted|approved|completed|delivered)")
# ... a payment already made and taken off ("you paid £700 on account", "an overpayment"):
# without an amount said to be due now, which sum is owed is for a person
PRIOR_PAYMENT = (r"paid\s+(?:\S+\s+){0,3}on\s+account|payments?\s+on\s+account|part[- ]payment|"
                 r"over-?payment|already\s+(?:paid|received)|paid\s+to\s+date|"
                 r"you(?:'ve|\s+have)?\s+(?:already\s+)?paid\b")
# a sales tax's line below a part ("VAT @ 20%: 1,800.00"): the part's gross adds it
SALES_TAX = r"\bvat\b|\bgst\b|sales\s+tax|\btax\b"
# right after a net sum with the tax still to add ("£7,200.00 + VAT", "excl. VAT")
TAX_TO_ADD = (r"(?:\+|(?<![^\W\d_])plus)\s*(?:vat|gst|tax)\b|(?<![^\W\d_])(?:excl(?:\.|uding|usive\s+of)?|ex\.?)\s*"
              r"(?:vat|gst|tax)\b")
# a provisional or pro-forma invoice: its amount is an estimate, a person looks
INVOICE_PROVISIONAL = (r"provisional\s+invoice|pro-?\s?forma\b|estimated\s+(?:total|amount|fee|"
                       r"price)|(?:figure|amount|total|price)\s+is\s+(?:only\s+)?an\s+estimate|"
                       r"final\s+invoice\s+will\s+(?:replace|supersede)|(?:replaced|superseded)\s+"
                       r"by\s+(?:a|the)\s+final\s+invoice")
# a corrected invoice replacing (cancelling) another one: a person cancels the old one
INVOICE_REPLACES = (r"\breplac(?:es|ing|ed\s+by)\b|\bsupersed(?:es|ing|ed\s+by)\b|\bcancel+ed\b|"
                    r"\bcorrected\s+invoice|\bin\s+place\s+of\b")
# right before the new invoice's number ("the corrected invoice INV-7"), when the ledger knows both
INVOICE_NEW = r"corrected|revised|new|replacement"

# ==================================================================== an invoice's number, money
# the word before an invoice number ("Invoice No. 17"); the reader adds the word start
INVOICE_NO_WORDS = r"invoices?|pro-?\s?forma|inv\.(?=[\s#:№])|inv(?=\s*(?:#|no\b|nr\b))|bills?"
# the mark of a number, after that word or before it ("Number of invoice 17")
NUMBER_MARKS = r"no\.?|number|num\.?"
# ... abbreviated, right before the number ("Invoice: No. 17")
NUMBER_ABBREVIATIONS = r"no\."
# the invoice word after a mark ("No. of invoice 17")
INVOICE_AFTER_MARK = r"(?:of\s+)?invoice"
# before an invoice word: a bank account, not an invoice
BANK_ACCOUNT_BEFORE = ""
# joins a list of invoice numbers ("invoices 17, 18 and 19"); carries its boundaries
LIST_AND = r"\band\b"
# a reply about every invoice it answers ("we paid both invoices"): the thread's invoices
# stay, even when one of them is named again in a detail
ALL_OF_THEM = (r"\bboth (?:of )?(?:the |your )?(?:invoices|documents|bills|of them)\b|\ball (?:of )?"
               r"(?:the |your )?(?:invoices|documents)\b")
# between an invoice number and its date ("Invoice 17 dated 1 December"); carries its
# boundaries
NUMBER_DATED = r"\b(?:dated|from|of)\b"
# a bare date label ("Date: 1 December")
DATE_LABEL = r"date"
# between a date label and its date ("Date of 1 December")
DATE_LINK = r"of"
# a currency's name after an amount ({ISO code: pattern}; the pattern carries its
# boundaries); German and Indonesian write the euro alike
CURRENCY_WORDS = {"EUR": r"\beuros?\b"}
# ... and before it ("Euro 100")
CURRENCY_WORDS_BEFORE = {"EUR": r"\beuros?\b"}
# the minor unit's word after the main amount ({ISO code: pattern}: "12 500 руб. 50 коп.")
CURRENCY_CENTS: dict[str, str] = {}
# after an amount: the rest of the line is a remark about the tax in it
VAT_ASIDE = ""
# a unit after a number: a count, not an amount ("14 days", "10 pcs")
UNITS_AFTER = r"days?|pcs|items?|hours?|units?"
# a company's legal form after its name ("Globex, Inc.")
LEGAL_FORMS = r"inc|ltd|llc|plc|co|corp"
# ... other words of a company's name (a display name that names a company)
COMPANY_WORDS = r"company|group"
# ... and of its accounting department (matched inside words)
ACCOUNTS_WORDS = r"accounts"
# a tax id's label (after a name: not part of the address)
TAX_ID_WORDS = r"vat"

# ==================================================================== payment terms' numbers
# numbers 1-90 written out ("within fourteen days"): {word: value}
TERMS_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# ... and compounds: named groups of those words, summed: tens, unit; unit_x10 (the
# word's value times ten), unit_plus10 (its value plus ten)
TERMS_NUMBER_COMPOUNDS = (r"(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                          r"(?:[\s-]+(?P<unit>one|two|three|four|five|six|seven|eight|nine)"
                          r"(?![^\W\d_]))?")
# between the words before a term and its days ("terms of 30 days")
TERMS_LINK = r"of"
# a term written "net 30" (the word before the days)
NET_DAYS = r"net"

# ==================================================================== staff chasing
# a staff member chasing a client about an invoice already sent (mailbot.reading.kinds.
# invoice_copy): "just a gentle nudge on ...", "a reminder that ... is overdue"
STAFF_CHASING = (r"\bnudge\b|\breminder\b|\bremind(?:ing)?\s+you\b|\bchasing\b|\boverdue\b|"
                 r"\bpast\s+due\b|\bstill\s+(?:open|outstanding|unpaid)\b|"
                 r"when\s+(?:it|this|the\s+invoice)(?:'s|\s+is|\s+will\s+be)\s+(?:likely\s+to\s+be\s+)?paid|"
                 r"has\s+not\s+(?:yet\s+)?been\s+paid|haven't\s+(?:yet\s+)?(?:received|seen)\s+(?:the\s+)?payment|"
                 r"\bgentle (?:nudge|reminder|chaser)\b|\bjust (?:a )?(?:quick )?(?:nudge|chaser|"
                 r"reminder|follow[- ]up)\b|\bwhen (?:it|this|that|the invoice)(?:'s| is| will be)? "
                 r"(?:likely to be |going to be )?(?:paid|settled)\b|\bwhen (?:can|could|may|might) "
                 r"we expect (?:payment|it to be paid|the payment)\b|\b(?:is|are) still (?:open|"
                 r"outstanding|unpaid)\b|\b(?:is|are) now (?:overdue|past due)\b"
                 # handling it by hand: asking after the payment, agreeing to split it
                 r"|\bfollowing\s+up\s+on\b|\bany\s+(?:news|update)s?\s+on\s+(?:the\s+|your\s+)?payment\b|"
                 r"\b(?:open|outstanding|unpaid)\s+since\b|\bpaid\s+in\s+(?:two\s+|three\s+|\d+\s+)?"
                 r"(?:instal?ments|parts|tranches)\b|\bpayment\s+plan\b"
                 # the ledger's state told ("still shows open on our side", "is showing as unpaid")
                 r"|\b(?:still\s+)?show(?:s|ing)\s+(?:as\s+)?(?:open|outstanding|unpaid)\b")

# ==================================================================== subjects
# a reply's subject prefix ("Re:"), without the colon
REPLY_PREFIXES = r"re"
# a forward's ("Fwd:")
FORWARD_PREFIXES = r"fwd?"

# a scale word after an amount ("Rp 6 jt", "1,2 Mio. EUR" aside): millions, thousands
AMOUNT_MILLION = r"m|mn|mio|million"
AMOUNT_THOUSAND = r"k|thousand"

# Staff writing to the bot in prose (mailbot.reading.kinds.staff_command): recorded for the
# person who reads the mail, never acted on (a command's own grammar acts)
# a payment received: "paid INV-1 in full by cheque", "mark it paid", "banked yesterday"
STAFF_PAID = (r"\b(?:mark(?:ed)? (?:\S+\s+){0,3}(?:as )?paid|(?:has|have|they|client|customer)\s+"
              r"(?:\w+\s+)?paid|paid (?:\S+\s+){0,3}in full|banked|(?:funds|money|payment) "
              r"(?:\w+\s+)?(?:received|arrived|came in|landed))\b")
# a client's promise told by staff: "he has promised payment in full on Friday 4 December"
# the sum a complaint disputes, named as the difference: "the difference is £141.00"
DISPUTED_DIFFERENCE = r"\b(?:difference|discrepancy|overcharge(?:d)?|over-?billed)\b"
STAFF_PROMISED = r"\b(?:promised|committed to pay(?:ing)?|agreed to pay|will pay)\b"

# an e-signature or e-document service's notice of a document's status: "X has signed the
# document", "the document was declined", "All parties have signed", "Status: signed"
DOCUMENT_STATUS = (r"\b(?:has|have) (?:signed|declined|rejected|refused to sign|approved) (?:the|a|"
                   r"your|our) (?:document|envelope|agreement|contract|certificate|act)\b|"
                   r"\b(?:document|envelope|agreement|contract)\b[^\n.]{0,80}?\b(?:has been|was|is now) "
                   r"(?:signed|completed|declined|rejected)\b|\ball parties have signed\b|"
                   r"^\s*(?:document )?status:\s*(?:signed|completed|declined|rejected)\b")

# a client's withholding-tax slip, named as the mail's subject: "Withholding tax
# certificate", "WHT certificate", "Certificate of tax withheld"; and its withheld tax's label
TAX_SLIP = (r"\bwithholding[- ]tax (?:certificate|slip|receipt|statement)\b|\bWHT (?:certificate|"
            r"slip|receipt)\b|\bcertificate of (?:tax )?withh?olding\b|\bcertificate of tax withheld\b")
TAX_WITHHELD = r"\b(?:tax|wht) (?:withheld|deducted)\b|\bwithh?olding tax\b(?! certificate)"

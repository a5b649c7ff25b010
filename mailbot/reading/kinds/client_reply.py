"""What a client's reply says: its own new text, its language, its intent, a promised date.
Pure.

A reply is read in four steps:

1. its own words (`mailbot.reading.replies`): quoted history, the bot's own reminder
   text and the signature are cut away;
2. its language (`mailbot.reading.language`);
3. its intent: word patterns of en/de/id/ru, scored per sentence, with negation
   ("we have not paid yet", "noch nicht bezahlt", "belum bayar", "ещё не оплатили")
   and conditionals ("once we have paid") taken into account;
4. for a promise, the date, parsed in any of the four languages and resolved against
   the message's own Date header (in the sender's time zone).

Anything not understood with confidence — two intents that disagree, a single weak
word, a promise without a date — is intent "other" or needs_human: no automatic action.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from mailbot.domain.values import Classification, Intent, Kind
from mailbot.reading import dates, extract
from mailbot.reading.context import Context
from mailbot.reading.language import detect
from mailbot.reading.parse import ParsedMessage
from mailbot.reading.replies import MAX_BODY, BOT_PHRASES, message_body, strip_reply

ACT_THRESHOLD = 0.7  # below this confidence nothing is done automatically
MAX_READ = 6_000  # what the intent patterns read of the reply's own text

# ================================================================================= dates

def find_dates(text: str, base: date, order: str | None = None,
               month_first: bool | None = False) -> list[tuple[int, date]]:
    """Every date expression in `text` with its position, resolved against `base` (by the
    one date reader, mailbot.reading.dates)."""
    return [(f.start, f.date) for f in dates.find(text, base, order=order,
                                                   month_first=month_first)]


# =============================================================================== intents

@dataclass(frozen=True)
class _P:
    intent: Intent
    weight: int
    regex: re.Pattern[str]
    negatable: str = ""  # "neg": a negation undoes it; "all": a conditional too;
    # "proh": only a prohibition right before it does ("don't send it again")
    needs: re.Pattern[str] | None = None  # counted only in a sentence that also has this
    unless: re.Pattern[str] | None = None  # not counted in a sentence that has this


def _p(intent: Intent, weight: int, pattern: str, negatable: bool | str = "",
       needs: str | None = None, unless: str | None = None) -> _P:
    mode = negatable if isinstance(negatable, str) else ("all" if negatable else "")
    return _P(intent, weight, re.compile(pattern, re.IGNORECASE), mode,
              re.compile(needs, re.IGNORECASE) if needs else None,
              re.compile(unless, re.IGNORECASE) if unless else None)


I = Intent
_DOC = (r"(?:invoice|bill|statement|attachment|pdf|document|copy|rechnung|faktura|anhang|"
        r"dokument|kopie|tagihan|invoice|faktur|lampiran|dokumen|сч[её]т\w*|счет-фактур\w*|"
        r"вложени\w*|документ\w*|файл\w*|копи\w*)")
# an objection that targets the mailing itself ("Ich widerspreche der Nutzung meiner
# E-Mail-Adresse", "we object to the use of our address"): a stop request; the dispute
# words inside it do not count as a dispute
_TOK = r"(?:[^\s,;.!?]+\s+)"
_NOT_MONEY = (r"(?!(?:rechnung|betrag|forderung|summe|invoice|charge|amount|bill|tagihan|"
              r"jumlah|сч[её]т|сумм)\w*)")
_MAIL_OBJECTION = (
    rf"\bobject(?:ion)?s?\s+to\s+(?:{_NOT_MONEY}{_TOK}){{0,6}}?(?:the )?(?:use|processing|"
    rf"receiving|being contacted|contact\w*|e-?mails?|messages|reminders|mailings?|marketing|"
    rf"(?:e-?mail )?address)\b|"
    rf"\b(?:widersprech\w*|widerspreche|widerspruch|einspruch)\s+(?:{_NOT_MONEY}{_TOK}){{0,6}}?"
    rf"(?:nutzung|verwendung|verarbeitung|speicherung|zusendung|kontaktaufnahme|werbung|"
    rf"e-?mail|mails|adresse|daten)\w*|"
    rf"\b(?:nutzung|verwendung|verarbeitung|speicherung|zusendung)\s+(?:{_NOT_MONEY}{_TOK}){{0,6}}?"
    rf"widersprech\w*|"
    rf"\bkeberatan\s+(?:{_NOT_MONEY}{_TOK}){{0,4}}?(?:menerima|dikirimi|pengiriman|email|"
    rf"e-mail|pesan|pengingat|dihubungi|penggunaan)\w*|"
    rf"(?:^|[^\w])(?:возража\w+|протест\w*) (?:против )?(?:{_NOT_MONEY}{_TOK}){{0,3}}?"
    rf"(?:использовани|рассылк|обработк|отправк|получени|направлени)\w*"
)
_MAIL_OBJECTION_RE = re.compile(_MAIL_OBJECTION, re.IGNORECASE)
# what a request for payment details names (Indonesian): "di email sebelumnya tidak ada"
# in the same sentence says the details were missing, not the invoice
_ID_DETAILS = (r"\b(?:(?:nomor|no\.?) ?rek(?:ening)?|rekening|nama bank|bank apa|nomor va|"
               r"virtual account|iban|swift)\b|"
               # "di invoice tidak ada" / "di email sebelumnya tidak ada": something is
               # missing from the invoice or mail, which itself arrived
               rf"\b(?:di|pada|dalam)\s+(?:{_DOC}|e-?mail)\w*\s+(?:\w+\s+)?"
               r"(?:tidak|tdk|gak|nggak|tak)\s+(?:ada|tercantum)\s*(?:[.!?]|$)")

_PATTERNS: tuple[_P, ...] = (
    # ------------------------------------------------------------------ paid claim
    _p(I.PAID_CLAIM, 2, r"\b(?:already|have|has|had|we've|i've|we|i|they)\s+(?:already\s+)?"
                        r"(?:been\s+)?(?:paid|settled|transferred|wired|remitted)\b", True),
    _p(I.PAID_CLAIM, 2, r"\b(?:payment|transfer|remittance|amount|invoice|bill|it|this)\s+"
                        r"(?:was|has been|had been|is|were|have been)\s+(?:already\s+)?"
                        r"(?:made|sent|paid|transferred|processed|completed|executed|settled|"
                        r"wired|initiated|released|remitted)\b", True),
    _p(I.PAID_CLAIM, 2, r"\b(?:made|sent|processed|completed|initiated|released|did)\s+"
                        r"(?:the|a|our|this|full)\s+(?:full\s+)?(?:payment|transfer|bank transfer)"
                        r"\b", True),
    _p(I.PAID_CLAIM, 2, r"\b(?:proof of payment|payment (?:confirmation|receipt|slip|advice)|"
                        r"remittance advice|transfer (?:confirmation|receipt|slip))\b"),
    _p(I.PAID_CLAIM, 2, r"\b(?:did|have) you (?:receive[d]?|get|got) (?:our|the|my) "
                        r"(?:payment|transfer|money)\b"),
    _p(I.PAID_CLAIM, 2, r"\b(?:bereits|schon)\s+(?:\w+\s+){0,3}(?:bezahlt|beglichen|überwiesen|"
                        r"gezahlt|angewiesen|ausgeglichen)\b", True),
    _p(I.PAID_CLAIM, 2, r"\b(?:haben|habe|hatten|hat|wurde|wurden|ist|sind|war)\s+"
                        r"(?:\S+\s+){0,6}(?:bezahlt|beglichen|überwiesen|gezahlt|angewiesen|"
                        r"ausgeglichen)\b", True),
    _p(I.PAID_CLAIM, 2, r"\b(?:zahlung|überweisung|betrag)\s+(?:\S+\s+){0,3}(?:ist|wurde|wurden)"
                        r"\s+(?:\S+\s+){0,3}(?:erfolgt|veranlasst|ausgeführt|getätigt|"
                        r"unterwegs|raus|eingegangen)\b", True),
    _p(I.PAID_CLAIM, 2, r"\b(?:zahlungs|überweisungs)(?:bestätigung|beleg|nachweis)\b"),
    _p(I.PAID_CLAIM, 2, r"\b(?:ist|wurde|sind) (?:unsere|die|meine) (?:zahlung|überweisung) "
                        r"(?:\S+\s+){0,3}(?:eingegangen|angekommen|gutgeschrieben)\b"),
    _p(I.PAID_CLAIM, 2, r"\b(?:apakah|apa) (?:pembayaran|transfer(?:an)?|dana)(?:nya)? (?:kami |"
                        r"saya )?(?:sudah|telah) (?:diterima|masuk|sampai)\b"),
    _p(I.PAID_CLAIM, 2, r"\bkemarin\b(?:\s+\w+){0,3}\s+(?:sudah\s+)?(?:kami\s+|saya\s+)?"
                        r"(?:transfer|bayar|tf|lunasi)\w*|\b(?:transfer|bayar|tf|lunasi)\w*"
                        r"(?:\s+\w+){0,3}\s+kemarin\b", True),
    _p(I.PAID_CLAIM, 2, r"\b(?:sudah|telah|udah|sdh|dah)\s+(?:kami\s+|saya\s+)?(?:di)?(?:bayar|"
                        r"transfer|tf|lunasi|lunas|bayarkan|transfer|kirim\w*\s+(?:dana|uang|"
                        r"pembayaran)|melakukan pembayaran|melunasi|membayar|mentransfer)\w*",
       True),
    _p(I.PAID_CLAIM, 2, r"\b(?:pembayaran|transfer|tagihan|invoice|dana)(?:nya)?\s+(?:\S+\s+){0,4}"
                        r"(?:sudah|telah)\s+(?:kami\s+|saya\s+)?(?:lakukan|dilakukan|dikirim|"
                        r"diproses|lunas|dibayar|dibayarkan|ditransfer|transfer|bayar|terkirim|"
                        r"kirim|proses)\b", True),
    _p(I.PAID_CLAIM, 2, r"\bbukti (?:transfer|pembayaran|bayar|tf)\b"),
    _p(I.PAID_CLAIM, 2, r"\b(?:check|cheque) (?:was|has been|is|went) (?:already )?(?:mailed|sent|"
                        r"issued|posted|in the mail|out)\b|\b(?:mailed|sent|issued|posted) "
                        r"(?:a|the|our|your) (?:check|cheque)\b|\bpaid in full\b|"
                        r"\b(?:payment|transfer|wire|it)\s+(?:\S+\s+){0,3}(?:went|has gone|had gone) out\b|"
                        r"\b(?:has|have|had) (?:already )?been taken care of\b", True),
    _p(I.PAID_CLAIM, 1, r"\b(?:sudah|telah)\s+lunas\b", True),
    _p(I.PAID_CLAIM, 2, r"(?:^|[^\w])(?:платили|оплачивали|переводили|перечисляли|отправляли "
                        r"(?:оплату|деньги|платеж))(?:[^\w]|$)", True),
    _p(I.PAID_CLAIM, 2, r"(?:^|[^\w])(?:оплатили|оплатил|оплатила|заплатили|перечислили|перевели|"
                        r"погасили|произвели оплату|провели оплату|осуществили оплату|"
                        r"отправили (?:оплату|платеж|деньги))(?:[^\w]|$)", True),
    _p(I.PAID_CLAIM, 2, r"(?:^|[^\w])(?:оплата|платеж|платежка|перевод|сч[её]т)\s+(?:(?!буд)\w+\s+){0,2}"
                        r"(?:прошла|прошел|произведена|проведена|отправлена|отправлен|"
                        r"оплачен|оплачена|выполнен|выполнена|ушла|ушел)(?:[^\w]|$)", True),
    _p(I.PAID_CLAIM, 2, r"(?:^|[^\w])(?:платежн\w+ поручени\w+|платежк\w+)(?:[^\w]|$)"),
    _p(I.PAID_CLAIM, 2, r"(?:^|[^\w])(?:оплату|платеж|деньги|средства|сумму|перевод)\s+(?:\w+\s+){0,2}"
                        r"(?:произвели|провели|отправили|перечислили|перевели|внесли|ушли|"
                        r"отправлены|перечислены|переведены)(?:[^\w]|$)", True),
    _p(I.PAID_CLAIM, 2, r"(?:^|[^\w])(?:уже )?оплачен[оа]?(?:[^\w]|$)", True),
    _p(I.PAID_CLAIM, 2, r"(?:^|[^\w])(?:получили|поступила|поступили|пришла|пришли|дошла|дошли)"
                        r" ли (?:\w+ )?(?:оплата|оплату|платеж|деньги|перевод|средства)"
                        r"(?:[^\w]|$)"),
    # ------------------------------------------------------------------ promise
    _p(I.PROMISE, 2, r"\b(?:will|'ll|shall|going to|plan(?:s|ning)? to|intends? to|expect to|aim to|"
                     r"be able to|promise[sd]? to|promising to)\s+(?:\w+\s+){0,2}(?:pay|transfer|settle|remit|wire|process|"
                     r"release|clear|send (?:the |you )?(?:payment|money|funds|transfer))\b",
       True),
    _p(I.PROMISE, 2, r"\b(?:payment|transfer|it|the invoice|the amount|the balance|this)\s+"
                     r"(?:will|should|is going to|shall)\s+(?:be\s+)?(?:\w+\s+)?(?:made|sent|paid|"
                     r"processed|transferred|settled|released|done|scheduled)\b", True),
    _p(I.PROMISE, 2, r"\b(?:payment|transfer|funds|money|remittance)\s+(?:will|should|is going to)\s+"
                     r"(?:\w+\s+)?(?:go out|reach you|arrive|be with you|hit your account)\b", True),
    _p(I.PROMISE, 2, r"\b(?:will|'ll|shall) be (?:paid|settled|transferred|processed|released|"
                     r"wired|remitted|cleared|made|executed|initiated)\b|\b(?:gets?|getting) (?:it |this )?(?:paid|settled)\b",
       True),
    _p(I.PROMISE, 2, r"\b(?:payment|transfer) (?:is|has been) scheduled\b"),
    # "it will go out on the 15th", "payment goes out Friday", "we are paying it on Friday"
    _p(I.PROMISE, 2, r"\b(?:will|'ll|should|shall|is going to|is due to)\s+(?:\w+\s+)?go out\b|"
                     r"\b(?:payment|transfer|wire|check|cheque|it|funds)\s+(?:goes|is going) out "
                     r"(?:on|by|next|this|tomorrow|today|at|before|in|early|end|friday|monday)\b|"
                     r"\b(?:payment|transfer|wire|it|this)\s+(?:is|has been)\s+(?:\w+\s+)?"
                     r"(?:planned|booked|set|queued|lined up|earmarked|approved) for\b|"
                     r"\b(?:we're|we are|i'm|i am)\s+(?:\w+\s+)?(?:paying|transferring|settling|"
                     r"wiring|remitting)\b(?!\s+(?:attention|close attention))|"
                     r"\b(?:in|on|with) (?:our|the) (?:next|upcoming|following) (?:ap |payment |check "
                     r"|cheque |pay |payables |supplier )?run\b|\b(?:our |the )?next (?:ap|payment|"
                     r"check|cheque|pay|payables|supplier) run\b", True),
    _p(I.PROMISE, 2, r"\byou(?:'ll| will) (?:have|receive|get|see) (?:the |your |our )?"
                     r"(?:payment|money|funds|transfer)\b"),
    _p(I.PROMISE, 1, r"\b(?:can|could) (?:pay|transfer|settle)\b", True),
    _p(I.PROMISE, 2, r"\b(?:you (?:should|will|can|'ll) |please )?(?:expect|receive|see|have) (?:the |our |"
                     r"your )?(?:payment|funds|money|transfer|remittance) (?:by|on|before|next|within|"
                     r"at|this|early|end|in)\b", True),
    _p(I.PROMISE, 1, r"\b(?:pay(?:ment)?|transfer) (?:by|before|no later than|at the latest)\b", True),
    _p(I.PROMISE, 2, r"\b(?:werden|werde|wird)\s+(?:\S+\s+){0,8}(?:zahlen|bezahlen|begleichen|"
                     r"überweisen|anweisen|ausgleichen|bezahlt|beglichen|überwiesen|angewiesen|"
                     r"erfolgen|veranlassen)\b", True),
    _p(I.PROMISE, 1, r"\b(?:wir|ich)\s+(?:\S+\s+){0,1}(?:zahlen|bezahlen|begleichen|überweisen|"
                     r"veranlassen)\b", True),
    _p(I.PROMISE, 1, r"\b(?:zahlen|bezahlen|begleichen|überweisen|veranlassen)\s+(?:wir|ich)\b",
       True),
    _p(I.PROMISE, 1, r"\b(?:zahlung|überweisung)\s+(?:erfolgt|geht|folgt)\b", True),
    _p(I.PROMISE, 2, r"\b(?:zahlung|überweisung|betrag)\s+(?:\S+\s+){0,3}wird\s+(?:\S+\s+){0,4}"
                     r"(?:ausgeführt|veranlasst|angewiesen|überwiesen|erfolgen|eingehen)\b", True),
    _p(I.PROMISE, 2, r"\b(?:erhalten sie|bekommen sie)\s+(?:\S+\s+){0,3}(?:zahlung|geld|betrag|"
                     r"überweisung)\b"),
    _p(I.PROMISE, 2, r"\b(?:akan|segera|usahakan|upayakan|janji|rencana(?:nya)?|dijadwalkan|nanti|"
                     r"berjanji)\s+(?:kami\s+|saya\s+|segera\s+|akan\s+)?(?:di)?(?:bayar|transfer|tf|"
                     r"lunasi|proses|membayar|melunasi|mentransfer|melakukan pembayaran|bayarkan)\w*", True),
    _p(I.PROMISE, 2, r"\bpembayaran\s+(?:\w+\s+){0,2}(?:akan|dijadwalkan)\b", True),
    _p(I.PROMISE, 1, r"\b(?:paling lambat|selambat-lambatnya|paling telat)\b", True),
    _p(I.PROMISE, 2, r"\b(?:jadwalkan|dijadwalkan|agendakan|diagendakan|rencanakan|direncanakan)\b",
       True),
    _p(I.PROMISE, 1, r"\b(?:kami|saya)\s+(?:bisa\s+|baru bisa\s+)?(?:bayar|transfer|tf|lunasi|"
                     r"bayarkan)\b", True),
    _p(I.PROMISE, 1, r"\b(?:bisa|baru bisa|dapat)\s+(?:kami\s+)?(?:di)?(?:bayar|transfer|lunasi)\w*",
       True),
    _p(I.PROMISE, 2, r"(?:^|[^\w])(?:оплатим|заплатим|переведем|перечислим|погасим|рассчитаемся|"
                     r"произведем оплату|проведем оплату|оплачу|переведу|перечислю|внесем оплату|"
                     r"отправим (?:оплату|платеж|деньги))(?:[^\w]|$)", True),
    _p(I.PROMISE, 2, r"(?:^|[^\w])(?:оплата|платеж|перевод|деньги)\s+(?:\S+\s+){0,3}(?:будет|будут|"
                     r"поступит|придет|уйдет|поступят|придут|уйдут|пройдет|пройдут)(?:[^\w]|$)",
       True),
    _p(I.PROMISE, 2, r"(?:^|[^\w])(?:оплатит|заплатит|переведет|перечислит|погасит|оплатят|"
                     r"переведут|перечислят|(?:произведет|проведет|произведут|проведут) оплату|"
                     r"произведем|проведем)(?:[^\w]|$)", True,
       needs=r"оплат|плат|перевед|перечисл|погас|сч[её]т|деньг|сумм"),
    _p(I.PROMISE, 2, r"(?:^|[^\w])(?:(?:оплата|оплату|платеж|перевод)\s+(?:\S+\s+){0,3}"
                     r"(?:запланирован\w*|планируется|назначен\w*|поставлен\w* в график)|"
                     r"запланировали (?:\S+\s+)?(?:оплату|платеж|перевод))(?:[^\w]|$)", True),
    _p(I.PROMISE, 2, r"(?:^|[^\w])(?:оплату|платеж|перевод|деньги|сумму|долг)\s+(?:\w+\s+){0,2}"
                     r"(?:произведем|проведем|осуществим|сделаем|отправим|перечислим|переведем|"
                     r"внесем|погасим)(?:[^\w]|$)", True),
    _p(I.PROMISE, 2, r"(?:^|[^\w])(?:планируем|постараемся|сможем|обязуемся|готовы|намерены)\s+"
                     r"(?:\w+\s+)?(?:оплатить|погасить|перевести|перечислить|заплатить|"
                     r"произвести оплату|оплату)(?:[^\w]|$)", True),
    # someone else promises: "бухгалтерия обещает провести платёж в пятницу", "обещают
    # оплатить", "планируют перевести", "собирается перечислить"
    _p(I.PROMISE, 2, r"(?:^|[^\w])(?:обеща\w*|планиру\w+|собира\w+|намерен\w*|постара\w+|"
                     r"смож\w+|обязу\w+|готов\w*)\s+(?:\w+\s+){0,2}(?:оплатить|погасить|"
                     r"перевести|перечислить|заплатить|рассчитаться|(?:провести|произвести|"
                     r"сделать|отправить|осуществить) (?:оплату|платеж|перевод)|оплату)(?:[^\w]|$)",
       True),
    # ------------------------------------------------------------------ dispute
    _p(I.DISPUTE, 2, r"\b(?:dispute|disputing|contest|contesting|disagree)\b", "neg"),
    _p(I.DISPUTE, 2, r"\b(?:amount|price|total|invoice|quantity|rate|sum|figure|charge|bill|hours)"
                     r"\s+(?:\w+\s+){0,2}(?:is|are|seems?|looks?|appears?)\s+(?:to be\s+)?"
                     r"(?:wrong|incorrect|not correct|too high|inflated|off)\b"),
    _p(I.DISPUTE, 2, r"\b(?:overcharged|over-charged|double[- ]?(?:charged|billed)|"
                     r"charged (?:us )?twice|billed (?:us )?twice|duplicate (?:invoice|charge)|"
                     r"wrong amount|incorrect amount|discrepanc\w+|not (?:what we )?(?:ordered|"
                     r"agreed)|never ordered|did(?: not|n't) order|was(?: not|n't) delivered|"
                     r"were(?: not|n't) delivered|not been delivered|never (?:arrived|delivered)|"
                     r"(?:damaged|defective|faulty|broken) (?:goods|items?|products?|on arrival)|"
                     r"goods (?:were|are|arrived) (?:damaged|defective|faulty|broken)|"
                     r"(?:work|service|job|project) (?:is|was|has) not (?:been )?(?:completed|"
                     r"finished|done|delivered)|not (?:been )?completed|credit note|"
                     r"(?:do not|don't|cannot|can't|won't) (?:accept|pay) (?:this|the|your) "
                     r"(?:invoice|bill|charge|amount))\b"),
    _p(I.DISPUTE, 1, r"\b(?:incorrect|wrong|mistake|error|complain\w*|refuse)\b", "neg"),
    _p(I.DISPUTE, 2, r"\b(?:waiting|wait) (?:on|for) (?:the )?(?:goods|delivery|items?|products?|parts|"
                     r"shipment|order)\b|\bnot (?:yet )?(?:been )?delivered\b|\b(?:goods|items?|order|"
                     r"shipment|delivery) (?:\w+ )?(?:was |were |is |are )?(?:incomplete|missing|short)\b|"
                     r"\b(?:only|just) (?:received|got) \d+|\breceived only\b|\bshort[- ]shipped\b|"
                     r"\bduplicate\b|\bonly ordered\b|\bplease correct (?:it|this|the invoice)\b|"
                     r"\bneeds? to be corrected\b|\b(?:not happy|unhappy|dissatisfied) with\b|"
                     r"\bpoor quality\b|\b(?:won't|will not|cannot|can't) pay (?:\w+ )?until\b", "neg"),
    _p(I.DISPUTE, 2, r"\b(?:unvollständig\w*|fehlende[nr]? (?:teile|positionen|ware|artikel|"
                     r"lieferung)|zu wenig geliefert|fehlmenge|nur \d+ (?:stück |teile |einheiten )?"
                     r"(?:geliefert|erhalten|bekommen)|noch nicht geliefert|entspr\w+ nicht|"
                     r"weich\w* (?:\S+\s+){0,4}ab|abweich\w+|nicht zufrieden)\b"),
    _p(I.DISPUTE, 2, r"\b(?:hanya (?:menerima|terima|diterima|datang|dikirim) \d+|kurang (?:kirim|barang)|"
                     r"barang(?:nya)? kurang|belum lengkap|tidak lengkap)\b"),
    _p(I.DISPUTE, 2, r"(?:^|[^\w])(?:(?:получили|поставили|поставлено|пришло|привезли) только|"
                     r"оплачивать не будем|не будем (?:оплачивать|платить)|недопоставк\w*|"
                     r"недостач\w*|не в полном объеме|дубл\w+ сч[её]т\w*)(?=[^\w]|$)"),
    _p(I.DISPUTE, 2, r"\b(?:corrected|revised|amended|correct) (?:invoice|bill)\b|"
                     r"\b(?:can't|cannot|can not|won't|will not|unable to) (?:approve|accept)\b|"
                     r"\bno record of (?:ordering|this order|an order)\b"),
    _p(I.DISPUTE, 2, r"\b(?:korrigierte|berichtigte|neue korrekte|korrekte) rechnung\b|"
                     r"\b(?:invoice|tagihan|faktur) (?:revisi|yang benar|perbaikan)\b|"
                     r"\brevisi (?:invoice|tagihan|faktur)\b|(?:^|[^\w])(?:исправленн\w+|"
                     r"корректн\w+|правильн\w+) сч[её]т\w*"),
    _p(I.DISPUTE, 2, r"\b(?:rechnung|betrag|preis|summe|menge|stundenzahl|abrechnung|position)\s+"
                     r"(?:\S+\s+){0,3}(?:ist|sind|scheint|erscheint|war)\s+(?:\S+\s+){0,2}"
                     r"(?:falsch|nicht korrekt|nicht richtig|zu hoch|fehlerhaft|überhöht)\b"),
    _p(I.DISPUTE, 2, r"\b(?:stimmt|stimmen) (?:\S+\s+){0,3}nicht\b|\b(?:widerspr\w+|widerspruch|"
                     r"einspruch|reklamation|reklamier\w+|beanstand\w+|bestreiten|strittig|"
                     r"nicht bestellt|nicht vereinbart|nicht geliefert|nicht erbracht|"
                     r"nicht vollständig (?:geliefert|erbracht)|mangelhaft|beschädigt|defekt|"
                     r"doppelt (?:berechnet|abgerechnet|in rechnung gestellt)|gutschrift|"
                     r"falsch berechnet|zu viel berechnet)\b"),
    _p(I.DISPUTE, 1, r"\b(?:falsch|fehler|fehlerhaft|nicht einverstanden|nicht akzeptieren)\b"),
    # what was charged is not what was bought: cancelled, not matching the order, charged
    # for something returned ("the seats were cancelled", "storniert", "dibatalkan")
    _p(I.DISPUTE, 2, r"\b(?:(?:seats?|licen[cs]es?|order|subscription|items?|services?|contract|"
                     r"positions?|lines?|units?|users?|accounts?|they|these|those|it)\s+(?:\S+\s+){0,3}"
                     r"(?:were|was|had been|have been|has been)\s+(?:\S+\s+)?cancel+ed|"
                     r"we (?:had )?cancel+ed (?:the|our|these|those|this|that|them|it)|"
                     r"(?:can't|cannot|can not|won't|will not|unable to) pay (?:\S+\s+){0,3}as "
                     r"(?:invoiced|billed|charged)|still (?:being )?(?:charged|billed)|"
                     r"(?:does not|doesn't|do not|don't|did not|didn't) (?:match|agree with|"
                     r"correspond (?:to|with)|reflect) (?:\S+\s+){0,2}(?:po|purchase order|order|"
                     r"quote|quotation|contract|agreement|offer|proposal|price list|rate)|"
                     r"not (?:in line|consistent) with (?:\S+\s+){0,2}(?:po|purchase order|order|"
                     r"quote|quotation|contract|agreement))\b"),
    _p(I.DISPUTE, 2, r"\b(?:storniert|gekündigt|passt nicht zu|nicht (?:zu )?(?:unserer|der) "
                     r"bestellung|laut (?:angebot|vertrag|bestellung) (?:\S+\s+){0,4}(?:nur|lediglich))\b"),
    _p(I.DISPUTE, 2, r"\b(?:dibatalkan|sudah (?:kami )?batalkan|bukan pesanan kami|"
                     r"(?:tidak|tdk) (?:cocok|sama) dengan (?:po|pesanan|penawaran|kontrak))\b"),
    _p(I.DISPUTE, 2, r"(?:^|[^\w])(?:отменен\w*|аннулирован\w*|не совпада\w+|не сходится|расхожд\w+|"
                     r"расходится|списали дважды|лишн\w+ (?:позици|строк|услуг)\w*|"
                     r"по договору (?:\S+\s+){0,4}(?:а|но) выставлен\w*)(?=[^\w]|$)"),
    _p(I.DISPUTE, 2, r"\b(?:tidak|tdk|tak|belum)\s+sesuai\b|\b(?:salah (?:hitung|tagih|nominal|"
                     r"jumlah|harga|input)|kelebihan (?:tagih|bayar|hitung)|ditagih (?:dua kali|"
                     r"ganda|lebih)|tagihan (?:ganda|dobel|double)|keberatan|komplain|"
                     r"menolak (?:tagihan|invoice)|tidak pernah (?:memesan|pesan|order)|"
                     r"barang(?:nya)? (?:yang )?(?:rusak|cacat|belum (?:datang|sampai|diterima)|"
                     r"tidak (?:sampai|datang|lengkap))|pekerjaan(?:nya)? belum selesai|"
                     r"nota kredit|ada kesalahan|keliru)\b"),
    _p(I.DISPUTE, 2, r"\b(?:jumlah|nominal|harga|tagihan|total|angka)(?:nya)?\s+(?:\w+\s+){0,2}"
                     r"(?:salah|tidak benar|terlalu (?:besar|tinggi|mahal)|berbeda)\b"),
    _p(I.DISPUTE, 1, r"\bsalah\b"),
    _p(I.DISPUTE, 2, r"(?:^|[^\w])(?:не соглас\w+|оспарива\w+|претензи\w+|ошибочн\w+|"
                     r"неверн\w+|неправильн\w+|некорректн\w+|завышен\w+|выставлен\w* дважды|"
                     r"дважды выставлен\w*|повторно выставлен\w*|не заказывали|не поставлен\w*|"
                     r"не поставили|не получили товар|товар не (?:поставлен|пришел|получен)|"
                     r"брак\w*|не соответству\w+|(?:услуги|работы) не (?:оказаны|выполнены|"
                     r"завершены)|корректировочн\w+|сумма (?:\w+ )?не (?:та|верна|совпадает))"
                     r"(?:[^\w]|$)"),
    _p(I.DISPUTE, 1, r"(?:^|[^\w])(?:ошибк\w*|жалоб\w*)(?:[^\w]|$)"),
    # ------------------------------------------------------------------ plan request
    _p(I.PLAN_REQUEST, 2, r"\b(?:instal+ments?|payment plan|payment schedule|pay (?:it |this |"
                          r"the (?:invoice|amount|balance) )?in (?:parts|two|three|four|\d+|"
                          r"several|monthly)|split (?:the |this |our )?(?:payment|amount|invoice|"
                          r"bill|balance)|partial payments?|monthly payments|spread (?:the |our )?"
                          r"payments?|pay (?:half|part|a part|a portion) (?:now|first|of it)|"
                          r"pay (?:\w+ )?(?:per|each|a) month)\b", "neg"),
    _p(I.PLAN_REQUEST, 2, r"\b(?:extension|more time|(?:extra|additional|another) (?:\d+ |few |couple "
                          r"of )?(?:days|weeks|month)|defer\w*|postpone\w*|stundung|aufschub|"
                          r"zahlungsaufschub|mehr zeit|(?:zahlungs)?ziel\w* (?:\S+\s+){0,2}verlänger\w*|"
                          r"penundaan|keringanan|perpanjangan (?:waktu|tempo)|tambahan waktu|"
                          r"(?:minta|beri|kasih|diberi) (?:\w+ )?waktu|"
                          r"(?:auf|über) (?:zwei|drei|vier|mehrere|\d+) monate (?:verteilen|aufteilen|"
                          r"strecken))\b|(?:^|[^\w])(?:отсрочк\w+|отложить оплату|перенести "
                          r"(?:срок|оплату))", "neg"),
    _p(I.PLAN_REQUEST, 2, r"\b(?:ratenzahlung\w*|in raten|raten(?:plan|vereinbarung)|teilzahlung\w*|"
                          r"in (?:zwei|drei|vier|mehreren|\d+) (?:teilen|raten|teilbeträgen|tranchen)|"
                          r"abschlagszahlung\w*|zahlungsplan|aufteilen)\b", "neg"),
    _p(I.PLAN_REQUEST, 2, r"\b(?:cicil\w*|dicicil|mencicil|angsur\w*|diangsur|bertahap|"
                          r"(?:dua|tiga|\d+) (?:kali )?(?:termin|tahap)|termin pembayaran|"
                          r"sebagian dulu|(?:setengah|separuh|sebagian) (?:dulu|dahulu)|"
                          r"dp dulu)\b", "neg"),
    _p(I.PLAN_REQUEST, 2, r"(?:^|[^\w])(?:рассрочк\w+|частями|по частям|в (?:несколько|два|три) "
                          r"(?:этапа|этапов|платежа|платежей|приема)|график\w* платеж\w*|"
                          r"частичн\w+ оплат\w*|поэтапн\w+|разбить (?:\w+ )?(?:платеж|"
                          r"оплату|сумму))(?:[^\w]|$)", "neg"),
    # ------------------------------------------------------------------ not received
    _p(I.NOT_RECEIVED, 3, rf"\b(?:did not|didn't|have not|haven't|has not|hasn't|never|not|"
                          rf"cannot|can't|could not|couldn't|unable to)\s+(?:yet\s+)?(?:\w+\s+)?"
                          rf"(?:receive[d]?|get|got|gotten|see|seen|find|found|open|locate)\s+"
                          rf"(?:\w+\s+){{0,2}}{_DOC}"),
    _p(I.NOT_RECEIVED, 3, rf"\b{_DOC}\s+(?:\w+\s+){{0,3}}(?:never (?:arrived|came|reached)|"
                          rf"(?:did not|didn't|has not|hasn't|was not|wasn't) (?:arrive|come|"
                          rf"reach|attached|included|received)|is missing|was missing|"
                          rf"not attached|cannot be opened|can't be opened|won't open|"
                          rf"doesn't open|does not open)"),
    _p(I.NOT_RECEIVED, 3, r"\b(?:re-?send|send (?:it |this |them )?(?:over |through )?again|send (?:us |me )?"
                          r"(?:another|a new|a|the) (?:copy|invoice|pdf)|send (?:us |me )?"
                          r"(?:the invoice|a copy)|forward (?:us |me )?(?:the invoice|a copy))\b",
       "proh"),
    _p(I.NOT_RECEIVED, 3, r"(?:^|[^\w])(?:сч[её]т\w*|письм\w+|документ\w*|вложени\w*)\s+(?:\S+\s+){0,4}"
                          r"(?:так и не|не|ни разу не)\s+(?:\S+\s+)?(?:поступал\w*|поступил\w*|"
                          r"приходил\w*|пришел|пришло|дошел|дошло|получен\w*|открывается)(?:[^\w]|$)|"
                          r"(?:^|[^\w])(?:не можем найти|не нашли) (?:\S+\s+)?(?:сч[её]т|письм)"),
    _p(I.NOT_RECEIVED, 2, r"\bno (?:attachment|invoice|pdf) (?:was )?(?:attached|included|"
                          r"received|found)\b|\bno record of (?:this|the|your|that) invoice\b"),
    _p(I.NOT_RECEIVED, 2, r"\b(?:senden|schicken|mailen) sie (?:uns|mir) (?:\S+\s+){0,2}(?:eine )?"
                          r"(?:kopie|die rechnung|die rechnung erneut)\b"),
    _p(I.NOT_RECEIVED, 3, rf"\b{_DOC}\s+(?:\S+\s+){{0,5}}(?:nicht|nie|noch nicht)\s+(?:\S+\s+)?"
                          rf"(?:erhalten|bekommen|angekommen|zugegangen|eingegangen|vor|"
                          rf"vorliegen|öffnen|gefunden|finden|zugestellt)\b"),
    _p(I.NOT_RECEIVED, 3, r"\b(?:keine|keinen) (?:rechnung|anhang|kopie|e-mail mit der rechnung)"
                          r" (?:\S+\s+){0,3}(?:erhalten|bekommen|gefunden)\b|\b(?:liegt|lag) "
                          r"(?:uns |mir )?(?:\S+\s+){0,2}nicht vor\b"),
    _p(I.NOT_RECEIVED, 3, r"\b(?:erneut|nochmals|noch einmal|nochmal|noch mal|bitte neu)\s+(?:\S+\s+){0,4}"
                          r"(?:senden|zusenden|schicken|zuschicken|übermitteln|zukommen lassen)\b",
       "proh"),
    _p(I.NOT_RECEIVED, 2, r"\b(?:anhang fehlt|ohne anhang|kein anhang|lässt sich nicht öffnen|"
                          r"finden? (?:sie|die rechnung|ihre rechnung) nicht)\b"),
    _p(I.NOT_RECEIVED, 3, r"\b(?:belum|blm|tidak|tdk|gak|nggak|tak)\s+(?:pernah\s+)?"
                          r"(?:kami\s+|saya\s+)?(?:ter)?(?:terima|menerima|diterima|dapat|"
                          r"mendapat\w*|masuk|sampai|bisa dibuka|ada)\b",
       needs=rf"{_DOC}|\bemail|\be-mail", unless=_ID_DETAILS),
    _p(I.NOT_RECEIVED, 3, r"\b(?:kirim\w*|dikirim\w*|email)\s+(?:\w+\s+){0,3}(?:ulang|lagi|"
                          r"kembali)\b", "proh"),
    _p(I.NOT_RECEIVED, 3, r"(?:^|[^\w])(?:не|ни)\s+(?:\w+\s+)?(?:получали|получили|получил|"
                          r"получила|приходил\w*|пришел|пришло|пришла|дошел|дошло|дошла|поступал\w*|поступил\w*|"
                          r"видели|видим|находим|"
                          r"можем (?:найти|открыть)|открывается|нашли)(?:[^\w]|$)",
       needs=rf"{_DOC}|письм|e-?mail|почт"),
    _p(I.NOT_RECEIVED, 3, r"(?:^|[^\w])(?:пришлите|вышлите|отправьте|направьте|продублируйте|"
                          r"перешлите|скиньте|пришлете|вышлете|отправите)(?![^.!?]{0,40}(?:исправленн|"
                          r"корректн|правильн|скорректированн|уточненн))\s*,?\s+(?:[\w,]+\s+){0,3}"
                          r"(?:повторно|еще раз|снова|заново|"
                          r"копию|сч[её]т\w*|документ\w*)(?:[^\w]|$)|(?:^|[^\w])продублируйте"
                          r"(?:[^\w]|$)"),
    # ------------------------------------------------------------------ payment details
    _p(I.PAYMENT_DETAILS, 2, r"\b(?:bank(?:ing)? (?:details|information|info|account)|account "
                             r"(?:number|details|info)|iban|swift|bic|routing number|sort code|"
                             r"payment (?:details|information|instructions|link|options|methods?)|"
                             r"virtual account|wire instructions)\b.{0,60}\?|"
                             r"\b(?:send|provide|share|confirm|need|require|give|tell|what is|"
                             r"what are|what's|forward|let us know|let me know)\s+(?:\w+\s+){0,4}"
                             r"(?:bank(?:ing)? (?:details|information|info|account)|account "
                             r"(?:number|details)|iban|swift|bic|routing number|sort code|"
                             r"payment (?:details|information|instructions|link|options)|"
                             r"virtual account|wire instructions)\b"),
    _p(I.PAYMENT_DETAILS, 2, r"\b(?:how|where) (?:can|do|should|could|shall) (?:we|i) (?:pay|"
                             r"make (?:the )?payment|send (?:the )?(?:payment|money))\b|"
                             r"\bwhich (?:bank )?account\b|\bpay (?:online|by card|by credit card)"
                             r"\b.{0,30}\?"),
    _p(I.PAYMENT_DETAILS, 1, r"\b(?:bank details|banking details|iban|account number)\b"),
    _p(I.PAYMENT_DETAILS, 2, r"\b(?:best|easiest|preferred|fastest) way to pay\b|\b(?:do|can) you "
                             r"(?:accept|take) (?:credit cards?|cards?|paypal|card payments?|checks?|"
                             r"cheques?)\b|\bpay (?:by|with|via) (?:card|credit card|paypal|check|"
                             r"cheque)\b.{0,30}\?"),
    _p(I.PAYMENT_DETAILS, 2, r"\b(?:bankverbindung|kontoverbindung|kontodaten|bankdaten|iban|"
                             r"kontonummer|zahlungsinformationen|zahlungsdetails|zahlungslink|"
                             r"zahlungsmöglichkeit\w*)\b.{0,80}(?:\?|mitteilen|\bmit\b|senden|schicken|nennen|angeben|"
                             r"übermitteln|zusenden|"
                             r"zukommen|nennen|geben|bestätigen|benötigen|brauchen)|"
                             r"\b(?:wohin|auf welches konto|wie) (?:sollen|können|dürfen) wir\b"
                             r"(?:\s+\S+){0,4}\s+(?:zahlen|überweisen|bezahlen)\b|"
                             r"\b(?:nennen|senden|schicken|geben|teilen|übermitteln) sie (?:uns|mir) "
                             r"(?:\S+\s+){0,3}(?:bankverbindung|kontoverbindung|iban|bankdaten|"
                             r"kontodaten|kontonummer)\b|"
                             r"\b(?:benötigen|brauchen|bitten um) (?:\S+\s+){0,3}(?:bankverbindung|"
                             r"kontoverbindung|iban|bankdaten|kontodaten)\b"),
    _p(I.PAYMENT_DETAILS, 1, r"\b(?:bankverbindung|kontoverbindung|bankdaten|kontodaten)\b"),
    _p(I.PAYMENT_DETAILS, 2, r"\b(?:per|mit|über|via) (?:paypal|kreditkarte|karte|lastschrift|sepa)\b"
                             r".{0,40}\?|\bmöglichkeit\w*,? (?:\S+\s+){0,3}zu (?:be)?zahlen\b.{0,20}\?"),
    _p(I.PAYMENT_DETAILS, 2, r"\b(?:nomor rekening|no\.? ?rek(?:ening)?|nomor va|virtual account|"
                             r"rekening (?:tujuan|bank|perusahaan|anda|bapak|ibu)|detail "
                             r"pembayaran|informasi pembayaran|info pembayaran|link pembayaran|"
                             r"cara (?:pembayaran|bayar|membayar)|ke rekening (?:mana|apa)|"
                             r"bank apa|rekening(?:nya)? (?:mana|apa|berapa))\b"),
    _p(I.PAYMENT_DETAILS, 2, r"(?:^|[^\w])(?:реквизит\w*|расч[её]тн\w+ сч[её]т\w*|номер сч[её]та "
                             r"для (?:оплаты|перевода|платежа)|на какой сч[её]т|бик|куда (?:\w+ )?(?:плат|перечисл|перевод|перевест|оплач)"
                             r"\w*|как (?:\w+ )?(?:оплатить|заплатить|перевести)|ссылк\w+ (?:на|для) оплат\w+|способ\w* оплаты)(?:[^\w]|$)"),
    # ------------------------------------------------------------------ stop
    _p(I.STOP, 3, _MAIL_OBJECTION),
    _p(I.STOP, 3, r"\b(?:stop (?:contacting|emailing|e-mailing|sending|writing|messaging|"
                  r"calling|these|this|harass\w*|spamm?ing|bothering)|unsubscribe|"
                  r"(?:do not|don't|never) (?:contact|email|e-mail|write to|message|call|bother)"
                  r" (?:us|me)|remove (?:me|us|my|our)\b.{0,30}\b(?:list|address|mailing)|take "
                  r"(?:me|us) off|leave (?:us|me) alone|no (?:more|further) (?:emails|e-mails|"
                  r"reminders|messages|mails)|cease (?:all )?(?:contact|communication|sending|"
                  r"emailing|e-mailing|writing|these|this|further)|desist|opt (?:me |us )?out|"
                  r"(?:do not|don't) (?:send|email|e-mail) (?:us|me|any)|"
                  r"(?:do not|don't|please never) (?:send|email|e-mail)\b(?:\s+[^\s,;.!?]+){0,3}?"
                  r"\s+(?:again|anymore|any more|to (?:this|my|our) (?:address|e-?mail))|"
                  r"stop (?:all |these |the |your |further )?(?:automated |automatic )?"
                  r"(?:reminders|emails|e-mails|mails|messages|notices|mailings)|"
                  r"harass\w*)\b"),
    _p(I.STOP, 3, r"\b(?:keine (?:weiteren )?(?:e-?mails|mails|nachrichten|mahnungen|"
                  r"erinnerungen|zahlungserinnerungen)|nicht mehr (?:\S+\s+){0,2}(?:kontaktieren|"
                  r"anschreiben|schreiben|belästigen|mahnen|anrufen)|hören sie auf|"
                  r"unterlassen sie|unterlassen|abmelden|austragen|aus (?:ihrem|dem) verteiler|belästig\w+|"
                  r"keine (?:weitere |weiteren )?(?:zusendung|kontaktaufnahme|kontaktierung)|"
                  r"stellen sie (?:\S+\s+){0,3}(?:mahnungen|erinnerungen|e-mails|zusendungen|"
                  r"kontaktversuche) ein)\b"),
    _p(I.STOP, 3, r"\b(?:(?:jangan|tidak usah|tak usah|tidak perlu|stop|berhenti|mohon berhenti)"
                  r"\s+(?:lagi\s+)?(?:hubungi|menghubungi|kirim\w*|mengirim\w*|email|e-mail|"
                  r"menelepon|telepon|spam|ganggu|mengganggu|menagih|tagih)|(?:mohon|harap|tolong) "
                  r"tidak (?:lagi )?(?:menghubungi|mengirim\w*|menelepon)|(?:hentikan|stop) (?:\S+\s+){0,2}"
                  r"(?:pengiriman|pengingat|email|e-mail|pesan|tagihan otomatis)|hapus (?:email|"
                  r"alamat|kontak) (?:saya|kami)|unsubscribe)\b"),
    _p(I.STOP, 3, r"(?:^|[^\w])(?:(?:не|больше не|прекратите|прекратить|перестаньте|перестать|"
                  r"хватит|просим не|прошу не)\s+(?:нам\s+|мне\s+)?(?:пишите|писать|присылать|"
                  r"беспокоить|звонить|отправлять|слать|рассылать|присылайте|звоните|беспокойте|"
                  r"направлять|направляйте|отправляйте|шлите)|"
                  r"(?:прекратите|прекратить|остановите|отключите|отмените) (?:\S+\s+){0,2}"
                  r"(?:рассылк\w+|переписк\w+|письма|напоминани\w+|уведомлени\w+|сообщени\w+)|"
                  r"больше (?:нам |мне )?не (?:пишите|присылайте|отправляйте|направляйте|звоните)|"
                  r"отпишите|отписаться|исключите (?:нас|меня|наш адрес|мой адрес)|"
                  r"удалите (?:наш|мой) (?:адрес|email|e-mail|почту|контакт))"
                  r"(?:[^\w]|$)"),
)

_NEGATION = re.compile(
    r"(?:n't|\bnot\b|\bnever\b|\bno\b|\bunable\b|\byet to\b|\bnicht\b|\bnie\b|\bniemals\b|"
    r"\bkein\w*|\bbelum\b|\bblm\b|\btidak\b|\btdk\b|\btak\b|\bgak\b|\bnggak\b|\bngga\b|"
    r"\benggak\b|\bbukan\b|(?:^|[^\w])(?:не|нет|ни)(?=[^\w]|$))",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"\b(?:if|once|when|as soon as|after|unless|whether|falls|wenn|sobald|nachdem|sofern|ob|"
    r"jika|kalau|apabila|bila|setelah|begitu|seandainya)\b|(?:^|[^\w])(?:если|как только|"
    r"после того как|когда)(?=[^\w]|$)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2013\u2014]|\s-\s|\b(?:but|however|although|though|because|since|aber|jedoch|doch|"
    r"sondern|weil|denn|tapi|tetapi|namun|melainkan|karena|sebab|но|однако|хотя|зато|потому|"
    r"так как)\b|(?:^|\s)а\s",
    re.IGNORECASE,
)
_NOT_YET_AFTER = re.compile(r"^\W{0,3}(?:not yet|noch nicht|yet\?)", re.IGNORECASE)


def _negated(sentence: str, start: int, end: int, conditional: bool = True) -> bool:
    """Is the match at [start, end) negated or conditional within its clause?"""
    head = sentence[:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
    clause = head[cut:][-60:]
    inner = sentence[start:end]
    if _NEGATION.search(clause) or (conditional and _CONDITIONAL.search(clause)):
        return True
    # "we have not yet paid", "wir haben die Rechnung noch nicht bezahlt" are inside
    if conditional and _NEGATION.search(inner) and not re.search(r"\bno\b", inner, re.IGNORECASE):
        return True
    return bool(_NOT_YET_AFTER.match(sentence[end:]))


# "don't", "jangan", "nicht mehr", "не надо" a few words before a request undo it:
# "jangan kirim email tagihan lagi" asks for no more mail, not for a copy
_PROHIBITION = re.compile(
    r"(?:\b(?:don't|do not|please never|stop|no need to|jangan|tidak usah|tak usah|gak usah|"
    r"nggak usah|tidak perlu|berhenti|nicht mehr|nie wieder|bitte nicht)|(?:^|[^\w])"
    r"(?:не надо|не нужно|больше не|прекратите))\s+(?:[^\s,;.!?]+\s+){0,2}$",
    re.IGNORECASE,
)


def _prohibited(sentence: str, start: int) -> bool:
    head = sentence[:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
    return bool(_PROHIBITION.search(head[cut:][-80:]))


def _sentences(text: str) -> list[str]:
    out = []
    for para in re.split(r"\n\s*\n", text):
        lines = [x.strip() for x in para.split("\n") if x.strip()]
        if not lines:
            continue
        # short lines that end without punctuation are list items or their own sentences
        joined = ""
        for line in lines:
            sep = " " if joined and not re.search(r"[.!?:]$", joined) and len(joined) > 40 else "\n"
            joined = f"{joined}{sep}{line}" if joined else line
        for chunk in joined.split("\n"):
            out += [s.strip() for s in re.split(
                r"(?<=[!?])\s+|(?<=[^\d\s.][.])\s+(?=[^\d\W])|(?<=\d\d\d[.])\s+(?=[^\W\d])",
                chunk)
                if s.strip()]
    return out


_PARTIAL = re.compile(
    r"\b(?:part of|partial(?:ly)?|half|the rest|the remaining|remainder|balance of|in part|"
    r"teil(?:betrag|beträge|zahlung|weise)?|hälfte|rest(?:betrag|lichen)?|"
    r"sebagian|setengah|separuh|sisa(?:nya)?)\b|"
    r"(?:^|[^\w])(?:часть|частичн\w*|половин\w*|остаток|остальн\w*)(?=[^\w]|$)",
    re.IGNORECASE,
)


@dataclass
class Reading:
    """What the reply's text says, before the message's headers are considered."""

    intent: Intent
    confidence: float
    promised_date: date | None = None
    reason: str = ""
    detail: str = ""  # for a dispute: the sentence that disputes
    scores: dict[Intent, int] = field(default_factory=dict)


# when both are found, the first is what the reply is about (and the safer reading)
_DOMINATES = {
    (I.PLAN_REQUEST, I.PROMISE), (I.NOT_RECEIVED, I.PAYMENT_DETAILS),
    (I.NOT_RECEIVED, I.PROMISE), (I.PAYMENT_DETAILS, I.PROMISE),
    # "the seats were cancelled, send a corrected invoice and we'll process it": a dispute
    (I.DISPUTE, I.PROMISE),
}


def read(text: str, base: date | None, language: str | None = None,
         base_time: datetime | None = None) -> Reading:
    """The intent of a reply's own text; a promise's date is resolved against `base`."""
    norm = text.replace("’", "'").replace("`", "'").replace("ё", "е").replace("Ё", "Е")
    sentences = _sentences(norm)
    scores: dict[Intent, int] = {}
    where: dict[Intent, list[tuple[int, int]]] = {}  # (sentence index, match start)
    seen: set[tuple[Intent, int, int]] = set()
    for si, sentence in enumerate(sentences):
        low = sentence.lower()
        objections = [(m.start(), m.end()) for m in _MAIL_OBJECTION_RE.finditer(low)]
        for p in _PATTERNS:
            if p.needs is not None and not p.needs.search(low):
                continue
            if p.unless is not None and p.unless.search(low):
                continue
            for m in p.regex.finditer(low):
                if p.negatable == "proh":
                    if _prohibited(low, m.start()):
                        continue
                elif p.negatable and _negated(low, m.start(), m.end(), p.negatable == "all"):
                    continue
                if p.intent == I.DISPUTE and any(s <= m.start() < e for s, e in objections):
                    continue  # "widerspreche der Nutzung meiner Adresse": about the mailing
                key = (p.intent, si, m.start())
                if key in seen:
                    continue
                seen.add(key)
                scores[p.intent] = scores.get(p.intent, 0) + p.weight
                where.setdefault(p.intent, []).append((si, m.start()))
                break  # one hit per pattern and sentence
    # dates in the sentences of a promise raise it: "wir überweisen am 15.12."
    promised: date | None = None
    if base is not None and I.PROMISE in scores:
        promised = _promise_date(sentences, where[I.PROMISE], base, language, base_time)
        if promised is not None:
            scores[I.PROMISE] += 1
    scores = {k: min(v, 4) for k, v in scores.items()}
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked:
        return Reading(I.OTHER, 0.4, reason="reply not understood with confidence")
    top, s1 = ranked[0]
    for i, s in ranked[1:]:  # "please resend the invoice, then we pay": not_received
        if (i, top) in _DOMINATES and s >= 2:
            top, s1 = i, s
            break
    others = [(i, s) for i, s in ranked if i != top and (top, i) not in _DOMINATES]
    if any(s >= 2 for _, s in others) or (others and s1 < 2):
        names = ", ".join(sorted({top.value, *(i.value for i, _ in others)}))
        return Reading(I.OTHER, 0.35, reason=f"conflicting intents: {names}", scores=scores)
    if top in (I.PAID_CLAIM, I.PROMISE) and _PARTIAL.search(norm):
        # "we paid part of it", "den Rest zahlen wir ...": amounts for staff to check
        return Reading(I.OTHER, 0.4, reason=f"partial amount ({top.value}): staff must check",
                       scores=scores)
    confidence = {1: 0.55, 2: 0.8}.get(s1, 0.9) - (0.05 if others else 0.0)
    reading = Reading(top, confidence, scores=scores)
    if top == I.PROMISE:
        reading.promised_date = promised
        if promised is None:
            reading.confidence = min(confidence, 0.5)
            reading.reason = "promise without a date"
    if top == I.DISPUTE:
        si = where[I.DISPUTE][0][0]
        reading.detail = sentences[si][:240]
    if reading.confidence < ACT_THRESHOLD and not reading.reason:
        reading.reason = f"unsure: only a weak sign of {top.value}"
    return reading


def _promise_date(sentences: list[str], hits: list[tuple[int, int]], base: date,
                  language: str | None, base_time: datetime | None) -> date | None:
    horizon = base + timedelta(days=400)
    # numeric dates in the order the reply itself shows (18/11/2026 makes 05/11 day-first);
    # else an English writer's ambiguous 05/11 is the reading nearer to the reply's date
    order = dates.numeric_order("\n".join(sentences))
    month_first = None if language == "en" else False

    def found(sentence: str) -> list[tuple[int, date]]:
        return find_dates(sentence, base, order, month_first)

    for si, start in hits:  # nearest date to the promise, in its own sentence
        near = [(abs(pos - start), d) for pos, d in found(sentences[si]) if base <= d <= horizon]
        if near:
            return min(near)[1]
    for si in sorted({si for si, _ in hits}):  # the sentence after ("... on Friday.")
        if si + 1 < len(sentences):
            ahead = [d for _, d in found(sentences[si + 1]) if base <= d <= horizon]
            if ahead:
                return ahead[0]
    if base_time is not None:
        for si, _ in hits:
            if found(sentences[si]):
                continue  # our rules read its dates (past ones): no second opinion
            guessed = [d for d in dates.dateparser_candidates(sentences[si], base_time, language)
                       if base <= d <= horizon]
            if guessed:
                return guessed[0]
    return None


# ==================================================================== recognising a reply

_REPLY_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|antw|antwort|wg|balas|bls|ответ|отв|re\[\d+\]|sv|vs|odp|"
    r"r|rif|ynt|res)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
_PREFIXES = re.compile(r"^\s*(?:(?:re|aw|antw|antwort|wg|fw|fwd|balas|bls|ответ|отв|пересл|"
                       r"sv|vs|odp|r|tr|res)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_TOPIC = re.compile(
    r"\b(?:invoice|inv\b|bill|billing|payment|pay|paid|paying|remittance|transfer|overdue|"
    r"past due|reminder|statement|balance|amount|rechnung|zahlung|bezahl\w*|überweis\w*|"
    r"mahnung|zahlungserinnerung|betrag|tagihan|faktur|bayar|pembayaran|pelunasan|lunas|"
    r"transfer|jatuh tempo)|(?:^|[^\w])(?:сч[её]т\w*|оплат\w*|плат[её]ж\w*|задолженност\w*|"
    r"долг\w*|перевод\w*)",
    re.IGNORECASE,
)


# A reply of a few words to a payment reminder: "done", "paid", "erledigt", "sudah ya pak",
# "оплачено". Read as a paid claim only when the whole own text is such a phrase (no
# negation, no question) and the message answers one of our payment mails.
_SHORT_FILLER = re.compile(
    r"\b(?:hi|hello|hey|ok|okay|yes|yep|yeah|thanks|thank you|thx|ty|cheers|now|"
    r"hallo|ja|danke|vielen dank|jetzt|"
    r"iya|ya|yah|ok(?:e|ey)?|pak|bu|bapak|ibu|kak|mas|mbak|bos|terima ?kasih|makasih|"
    r"trims|tks|nggih|"
    r"да|спасибо|здравствуйте|добрый день)\b|(?:^|\s)(?:да|спасибо)(?=\s|$)",
    re.IGNORECASE,
)
_SHORT_PAID = re.compile(
    r"(?:"
    # en: "done", "all done", "paid", "sent it", "it's paid", "payment sent"
    r"(?:(?:it'?s|it is|its|this is|that'?s|that is|all|invoice|payment|transfer|bill|"
    r"we|i|we'?ve|i'?ve|have|has been|was)\s+){0,2}(?:already\s+|just\s+)?"
    r"(?:done|paid|sent|transferred|wired|settled|sorted|taken care of)"
    r"(?:\s+(?:it|already|today|yesterday|this morning|in full|off)){0,2}|"
    # de: "erledigt", "ist bezahlt", "überwiesen", "schon bezahlt"
    r"(?:(?:ist|wurde|alles|schon|bereits|rechnung|zahlung|betrag|haben|habe|wir|ich)\s+){0,3}"
    r"(?:erledigt|bezahlt|überwiesen|gezahlt|beglichen|angewiesen)(?:\s+(?:heute|gestern))?|"
    # id: "sudah", "sudah ya pak", "sdh", "sudah dibayar", "sudah kami transfer", "lunas"
    r"(?:sudah|sdh|udah|udh|dah|telah)(?:\s+(?:kami|saya))?(?:\s+(?:di)?(?:bayar|transfer|tf|"
    r"lunasi|lunas|bayarkan|transferkan)\w*)?(?:\s+(?:kemarin|tadi|semua|semuanya))?|"
    r"lunas|"
    # ru: "оплачено", "оплатили", "уже перевели", "готово"
    r"(?:уже\s+)?(?:оплачено|оплачен|оплачена|оплатили|оплатил|оплатила|заплатили|перевели|"
    r"перечислили|отправили|готово|сделано)(?:\s+(?:уже|сегодня|вчера))?"
    r")",
    re.IGNORECASE,
)


def short_paid_claim(text: str) -> bool:
    """Is the whole reply a few-word claim of payment ("done", "ist bezahlt", "sudah ya")?"""
    if "?" in text or len(text) > 60:
        return False
    claimed = False
    for raw in text.split("\n"):
        line = re.sub(r"[!.,;:)(*~\-–—]+|[^\w\s']", " ", raw.replace("’", "'")).lower()
        line = line.replace("ё", "е")
        words = _SHORT_FILLER.sub(" ", line).split()
        if not words:
            continue
        if len(words) <= 5 and _SHORT_PAID.fullmatch(" ".join(words)):
            claimed = True
            continue
        # a name under the claim ("done\nBob") is a signature; anything else is content
        if claimed and len(words) <= 2 and all(w[:1].isupper() for w in raw.split()):
            continue
        return False
    return claimed


def _payment_thread(body: str, subject: str, known_ids: list[str], human_reply: bool) -> bool:
    """Does the message answer one of our invoice or reminder mails: threaded to a known
    id, or quoting our reminder's own words?"""
    if known_ids:
        return True
    return human_reply and bool(BOT_PHRASES.search(body[:MAX_BODY])) and bool(
        _TOPIC.search(f"{subject}\n{body[:MAX_BODY]}"))


def _needs_human(reading: Reading) -> bool:
    """Must a person act or confirm? A paid claim, a dispute, a plan request, "not
    received", a request for payment details and a stop all do, however surely they were
    read; only a confident promise with a date is left to the bot. (`confidence` says how
    sure the reading is; the ledger acts on that.)"""
    if reading.intent != I.PROMISE:
        return True
    return reading.promised_date is None or reading.confidence < ACT_THRESHOLD


def local_date(msg: ParsedMessage) -> datetime | None:
    """The message's Date in the sender's own time zone: "tomorrow" is the sender's."""
    raw = msg.header("Date")
    if raw:
        try:
            dt = email.utils.parsedate_to_datetime(raw)
            if dt is not None:
                return dt
        except (TypeError, ValueError, IndexError):
            pass
    return msg.date


def is_human_reply(msg: ParsedMessage) -> bool:
    return bool(msg.in_reply_to or msg.references or _REPLY_SUBJECT.match(msg.subject or ""))


def client_reply(msg: ParsedMessage, ctx: Context) -> Classification | None:
    body = message_body(msg)
    first_guess = detect(body[:2000])
    text = strip_reply(body, [first_guess] if first_guess else [])
    ids = [msg.in_reply_to, *reversed(msg.references)]
    facts = ctx.facts
    known_ids = [i for i in ids if i and facts.is_known_message(i)]
    subject = msg.subject or ""
    numbers = tuple(facts.numbers_in(f"{subject}\n{text}"))
    if not numbers and not known_ids:
        numbers = tuple(facts.numbers_in(body))
    sender = msg.sender.email if msg.sender else ""
    known = bool(known_ids or numbers or (sender and facts.is_contact(sender)))
    if not known and not (is_human_reply(msg) and _TOPIC.search(f"{subject}\n{text}")):
        return None
    # numbers the reply itself labels as invoice numbers ("Rechnung Nr. X", "счёт № X"),
    # known to the ledger or not, after the known ones
    said = extract.invoice_numbers(f"{_PREFIXES.sub('', subject)}\n{text}")
    by_key = {**facts.known_numbers(said), **{n.casefold(): n for n in numbers}}
    labelled = [by_key.get(n.casefold(), n) for n in said]
    numbers = tuple(dict.fromkeys([*numbers, *labelled]))
    own_subject = "" if _REPLY_SUBJECT.match(subject) else _PREFIXES.sub("", subject)
    language = (detect(text) or detect(f"{_PREFIXES.sub('', subject)}\n{text}")
                or first_guess)
    when = local_date(msg)
    own = text[:MAX_READ]
    reading = read(f"{own_subject}\n\n{own}" if own_subject else own,
                   when.date() if when else None, language, when)
    if (reading.intent in (I.OTHER, I.PAID_CLAIM) and reading.confidence < 0.8
            and set(reading.scores) <= {I.PAID_CLAIM} and short_paid_claim(text)
            and _payment_thread(body, subject, known_ids, is_human_reply(msg))):
        # "done" / "erledigt" / "sudah ya pak" answering our reminder: a paid claim, for
        # staff to confirm against the bank
        reading = Reading(I.PAID_CLAIM, 0.8, reason="short paid claim in a payment thread",
                          scores=reading.scores)
    needs_human = _needs_human(reading)
    reason = reading.reason
    if reading.intent == I.DISPUTE and reading.detail:
        reason = f"dispute: {reading.detail}"
    if not known:
        note = "not tied to a known thread, invoice or contact"
        reason = f"{reason}; {note}" if reason else note
    return Classification(
        kind=Kind.CLIENT_REPLY,
        confidence=round(reading.confidence, 2),
        needs_human=needs_human,
        reason=reason,
        intent=reading.intent,
        promised_date=reading.promised_date if reading.intent == I.PROMISE else None,
        invoice_numbers=numbers,
        original_message_id=known_ids[0] if known_ids else msg.in_reply_to,
        language=language,
        reply_text=text[:2000],
    )


def read_mail(msg: ParsedMessage, ctx: Context, auth: bool | None) -> Classification | None:
    """The registry's entry (mailbot.reading.classify)."""
    return client_reply(msg, ctx)

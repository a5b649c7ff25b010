"""What the bot's reminders looked like (for quoting in replies and for
returned-message parts of DSNs)."""
from lib import BOT, BOT_NAME, Reminder, addr
import datetime as _dt

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}


def money(amount, lang, cur):
    a = float(amount)
    if lang == "en":
        return "%s %s" % (cur, "{:,.2f}".format(a)) if cur not in ("GBP",) else "£{:,.2f}".format(a)
    if lang == "de":
        s = "{:,.2f}".format(a).replace(",", "X").replace(".", ",").replace("X", ".")
        return "%s %s" % (s, cur)
    if lang == "id":
        if cur == "IDR":
            return "Rp " + "{:,.0f}".format(a).replace(",", ".")
        return "USD " + "{:,.2f}".format(a)
    if lang == "ru":
        s = "{:,.2f}".format(a).replace(",", " ").replace(".", ",")
        return "%s %s" % (s, {"RUB": "руб.", "KZT": "тенге"}[cur])
    raise ValueError(lang)


def fdate(iso, lang):
    d = _dt.date.fromisoformat(iso)
    if lang == "en":
        return "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year)
    if lang == "id":
        return "%d %s %d" % (d.day, MONTHS["id"][d.month - 1], d.year)
    return d.strftime("%d.%m.%Y")


PAY = {
    "en": {
        "GBP": "Northbridge Bank plc, sort code 20-45-77, account 43918266 (Norrvik Cold Systems Ltd)",
        "EUR": "Northbridge Bank plc, EUR account, IBAN GB29 NBBK 2045 7790 1122 83, BIC NBBKGB2L",
        "USD": "Northbridge Bank plc, USD account, IBAN GB57 NBBK 2045 7790 4471 02, BIC NBBKGB2L",
    },
    "de": {
        "EUR": "Rheintalbank eG, IBAN DE44 6609 0800 0012 3456 78, BIC GENODE61RTB",
        "CHF": "PostFinance AG, IBAN CH56 0900 0000 8765 4321 0, Norrvik Kaeltetechnik GmbH",
    },
    "id": {
        "IDR": "Bank Nusa Niaga, No. Rek. 123-00-4455667-8 a.n. PT Norrvik Cold Systems Indonesia",
        "USD": "Bank Nusa Niaga (USD), No. Rek. 123-00-9900112-3, SWIFT BNNIIDJA",
    },
    "ru": {
        "RUB": "р/с 40702810400000012345 в АО «Банк Восток», БИК 044525999, к/с 30101810100000000999",
        "KZT": "ИИК KZ86 9470 398 0000 12345 в АО «Степь Банк», БИК STEPKZKA",
    },
}


def subject(r: Reminder):
    inv = ", ".join(r.invoices)
    if r.lang == "en":
        return ("Statement of open invoices: " + inv) if len(r.invoices) > 1 else "Payment reminder: invoice %s" % inv
    if r.lang == "de":
        return ("Kontoauszug offene Rechnungen: " + inv) if len(r.invoices) > 1 else "Zahlungserinnerung: Rechnung %s" % inv
    if r.lang == "id":
        return ("Rekap tagihan terbuka: " + inv) if len(r.invoices) > 1 else "Pengingat pembayaran: faktur %s" % inv
    if r.lang == "ru":
        return ("Сверка открытых счетов: " + inv) if len(r.invoices) > 1 else "Напоминание об оплате: счёт %s" % inv


def body(r: Reminder):
    L = r.lang
    lines = []
    nm = r.name
    if L == "en":
        lines += ["Dear %s," % (nm or "Sir or Madam"), "",
                  "I hope you are well and that business is going well.", ""]
        if len(r.items) == 1:
            i, a, d = r.items[0]
            lines += ["This is a friendly reminder about invoice %s for %s, due on %s." % (i, money(a, L, r.cur), fdate(d, L))]
        else:
            lines += ["Here is a short statement of the invoices that are still open on your account:", ""]
            for i, a, d in r.items:
                lines.append("  %s   %s   due %s" % (i, money(a, L, r.cur), fdate(d, L)))
        lines += ["", "If you have already paid, please ignore this message - and thank you.", "",
                  "Payment details: " + PAY[r.desk if r.desk == "id" else "en"][r.cur] + ", reference: the invoice number.", "",
                  "If you would like to discuss payment, simply reply to this email.", "",
                  "Kind regards,", "Accounts Receivable",
                  "PT Norrvik Cold Systems Indonesia" if r.desk == "id" else "Norrvik Cold Systems Ltd"]
    elif L == "de":
        lines += ["Guten Tag%s," % ((" " + nm) if nm else ""), "",
                  "wir hoffen, es geht Ihnen gut und die Geschäfte laufen erfreulich.", ""]
        if len(r.items) == 1:
            i, a, d = r.items[0]
            lines += ["Wir möchten Sie freundlich an unsere Rechnung %s über %s erinnern, fällig am %s." % (i, money(a, L, r.cur), fdate(d, L))]
        else:
            lines += ["Auf Ihrem Konto sind derzeit folgende Rechnungen offen:", ""]
            for i, a, d in r.items:
                lines.append("  %s   %s   fällig am %s" % (i, money(a, L, r.cur), fdate(d, L)))
        lines += ["", "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.", "",
                  "Bankverbindung: " + PAY[L][r.cur] + ", Verwendungszweck: Rechnungsnummer.", "",
                  "Wenn Sie über die Zahlung sprechen möchten, antworten Sie einfach auf diese E-Mail.", "",
                  "Mit freundlichen Grüßen", "Debitorenbuchhaltung", "Norrvik Kältetechnik GmbH"]
    elif L == "id":
        lines += ["Yth. %s," % (nm or "Bapak/Ibu"), "",
                  "Semoga Bapak/Ibu dalam keadaan sehat dan usaha berjalan lancar.", ""]
        if len(r.items) == 1:
            i, a, d = r.items[0]
            lines += ["Kami ingin mengingatkan faktur %s sebesar %s yang jatuh tempo pada %s." % (i, money(a, L, r.cur), fdate(d, L))]
        else:
            lines += ["Berikut rekap faktur yang masih terbuka:", ""]
            for i, a, d in r.items:
                lines.append("  %s   %s   jatuh tempo %s" % (i, money(a, L, r.cur), fdate(d, L)))
        lines += ["", "Apabila sudah melakukan pembayaran, mohon abaikan email ini dan terima kasih.", "",
                  "Pembayaran ke: " + PAY[L][r.cur] + ", berita: nomor faktur.", "",
                  "Jika ingin membicarakan pembayaran, silakan balas email ini.", "",
                  "Hormat kami,", "Bagian Piutang", "PT Norrvik Cold Systems Indonesia"]
    elif L == "ru":
        lines += ["%s, добрый день!" % (nm or "Уважаемые коллеги"), "",
                  "Надеемся, у вас всё хорошо.", ""]
        if len(r.items) == 1:
            i, a, d = r.items[0]
            lines += ["Напоминаем об оплате счёта %s на сумму %s, срок оплаты — %s." % (i, money(a, L, r.cur), fdate(d, L))]
        else:
            lines += ["По вашему договору открыты следующие счета:", ""]
            for i, a, d in r.items:
                lines.append("  %s   %s   срок оплаты %s" % (i, money(a, L, r.cur), fdate(d, L)))
        lines += ["", "Если оплата уже произведена, просим не обращать внимания на это письмо.", "",
                  "Реквизиты: " + PAY[L][r.cur] + ". В назначении платежа укажите номер счёта.", "",
                  "Если хотите обсудить оплату, просто ответьте на это письмо.", "",
                  "С уважением,", "отдел расчётов с клиентами", "ООО «Норрвик Холод»"]
    return "\n".join(lines)


def quoted(r: Reminder, style="gmail"):
    """Quoted copy of the reminder as a mail client would put under a reply."""
    b = body(r)
    if style == "gmail":
        d = r.when
        if r.lang == "en":
            head = "On %s, %s <%s> wrote:" % (d.strftime("%a, %d %b %Y at %H:%M").replace(" 0", " "), BOT_NAME, BOT)
        elif r.lang == "de":
            head = "Am %s schrieb Norrvik Debitoren <%s>:" % (d.strftime("%d.%m.%Y um %H:%M"), BOT)
        elif r.lang == "id":
            head = "Pada %s, Norrvik Piutang <%s> menulis:" % (d.strftime("%d/%m/%Y %H.%M"), BOT)
        else:
            head = "%s, ООО «Норрвик Холод» <%s>:" % (d.strftime("%d.%m.%Y %H:%M"), BOT)
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in b.split("\n"))
    # outlook
    lab = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
           "id": ("Dari", "Dikirim", "Kepada", "Subjek"), "ru": ("От", "Отправлено", "Кому", "Тема")}[r.lang]
    return "\n".join([
        "-----Original Message-----" if r.lang == "en" else "________________________________",
        "%s: %s <%s>" % (lab[0], BOT_NAME, BOT),
        "%s: %s" % (lab[1], r.when.strftime("%d %B %Y %H:%M") if r.lang == "en" else r.when.strftime("%d.%m.%Y %H:%M")),
        "%s: %s" % (lab[2], r.to),
        "%s: %s" % (lab[3], subject(r)),
        "",
        b,
    ])


def rfc822_headers(r: Reminder):
    """Headers of the reminder as returned in DSNs (ASCII only)."""
    from lib import enc
    return "\n".join([
        "Return-Path: <%s>" % BOT,
        "From: %s <%s>" % (enc(BOT_NAME), BOT),
        "To: %s" % r.to,
        "Subject: %s" % enc(subject(r)),
        "Date: %s" % r.date,
        "Message-ID: %s" % r.id,
        "Disposition-Notification-To: %s" % BOT,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
    ])


def reply_subject(r, prefix="Re: "):
    return prefix + subject(r)

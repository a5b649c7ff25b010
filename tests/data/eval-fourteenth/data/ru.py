from mailkit import *
import datetime as _dt

LANG = "ru"
STAFF_DOMAIN = "saltmarsh-solar.ru"
S = lambda n: n + "@" + STAFF_DOMAIN
STAFF = [S("a.smirnova"), S("d.volkov"), S("i.petrova"), S("buh")]
BANK = "notify@severbank.ru"; PSP = "noreply@platezhka.ru"
NOTIFIERS = [BANK, PSP]
CLIENTS = {
 "agro": ("АО «Агрокомплекс Заречный»", "buh@zarechny-agro.ru"),
 "tep": ("ООО «Теплицы Подмосковья»", "oplata@teplicy-pm.ru"),
 "shk": ("МБОУ «Школа № 14»", "school14@tver-edu.ru"),
 "log": ("ООО «СеверЛогистик»", "fin@severlogistic.ru"),
 "gost": ("ООО «Гостиница Волга»", "buh@hotel-volga.ru"),
 "kz": ("ТОО «Астана Агро Инвест»", "buh@astana-agro.kz"),
 "zav": ("ООО «Завод металлоконструкций»", "zakupki@zmk-perm.ru"),
 "apt": ("ИП Кравцов А. В.", "kravtsov.apteka@mail.ru"),
 "tr": ("Anadolu Enerji A.Ş.", "muhasebe@anadoluenerji.com.tr"),
 "fer": ("ООО «Ферма Берёзка»", "berezka-ferma@yandex.ru"),
 "tc": ("ТЦ «Галерея»", "arenda@galereya-tc.ru"),
 "spa": ("ООО «Санаторий Сосны»", "buh@sanatoriy-sosny.ru"),
 "kol": ("ООО «Пекарня Колос»", "kolos-buh@bk.ru"),
}
CONTACTS = [c[1] for c in CLIENTS.values()] + ["glavbuh.severlog@yandex.ru", "e.ivanova@sanatoriy-sosny.ru"]

def R_(key, cl, inv, amt, cur, due, sent, stage):
    return dict(key=key, client=cl, to=CLIENTS[cl][1], invoices=inv, amount=amt, currency=cur, due=due,
                sent=sent, stage=stage, id=botid(sent[:10], "ru" + key))
REMINDERS = [
 R_("u1", "agro", ["1158"], "1248000.00", "RUB", "2026-11-16", "2026-11-23 10:00 +0300", "past_due"),
 R_("u2", "tep", ["1171"], "386400.00", "RUB", "2026-12-10", "2026-12-07 10:00 +0300", "pre_due"),
 R_("u3", "shk", ["1149"], "94800.00", "RUB", "2026-11-20", "2026-11-27 10:30 +0300", "past_due"),
 R_("u4", "log", ["1163", "1166"], "612000.00", "RUB", "2026-11-25", "2026-12-02 09:30 +0300", "past_due"),
 R_("u5", "gost", ["1175"], "218400.00", "RUB", "2026-11-30", "2026-12-07 10:15 +0300", "past_due"),
 R_("u6", "kz", ["KZ-0042"], "4650000.00", "KZT", "2026-11-27", "2026-12-04 12:00 +0500", "past_due"),
 R_("u7", "zav", ["ЭПЦ-26/017"], "7860000.00", "RUB", "2026-11-13", "2026-11-20 09:00 +0500", "when_pay"),
 R_("u8", "apt", ["1169"], "57600.00", "RUB", "2026-11-26", "2026-12-03 10:00 +0300", "past_due"),
 R_("u9", "tr", ["EX-26/008"], "28900.00", "USD", "2026-11-30", "2026-12-07 10:00 +0300", "past_due"),
 R_("u10", "fer", ["1180"], "163200.00", "RUB", "2026-12-14", "2026-11-24 10:00 +0300", "arrival_check"),
 R_("u11", "tc", ["1152"], "912000.00", "RUB", "2026-11-18", "2026-11-25 10:00 +0300", "past_due"),
 R_("u12", "spa", ["1161"], "305000.00", "RUB", "2026-11-23", "2026-11-30 10:00 +0300", "past_due"),
 R_("u13", "agro", ["1144"], "46800.00", "RUB", "2026-11-09", "2026-11-16 10:00 +0300", "past_due"),
 R_("u14", "kol", ["1178"], "128400.00", "RUB", "2026-11-27", "2026-12-04 10:00 +0300", "past_due"),
]
RM = {r["key"]: r for r in REMINDERS}
MES = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
DN = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]

def rub(a, cur="RUB"):
    s = "{:,.2f}".format(float(a)).replace(",", " ").replace(".", ",")
    return s + {"RUB": " руб.", "KZT": " тенге", "USD": " долл. США"}[cur]

def dd(iso):
    y, m, d = iso.split("-"); return "%s.%s.%s" % (d, m, y)

def subj(r):
    n = ", ".join("№ " + i for i in r["invoices"])
    return {"arrival_check": "Счёт %s — получили ли вы его?" % n, "pre_due": "Напоминание: срок оплаты счёта %s" % n,
            "past_due": "Напоминание об оплате: счёт %s" % n, "when_pay": "Счёт %s — когда ожидать оплату?" % n}[r["stage"]]

def rtext(r):
    return ("Добрый день!\n\nНадеемся, у вас всё хорошо и дела идут успешно.\n\nНапоминаем, что срок оплаты по счёту %s на сумму %s — %s. "
            "Если оплата уже произведена, просим не обращать внимания на это письмо.\n\nРеквизиты: АО Банк «Северный путь», р/с 40702810900000012345, БИК 044525999, "
            "к/с 30101810400000000999. В назначении платежа укажите номер счёта.\n\nЕсли у вас есть вопросы, просто ответьте на это письмо.\n\n"
            "С уважением,\nБухгалтерия ООО «Солтмарш Солар»" % (", ".join("№ " + i for i in r["invoices"]), rub(r["amount"], r["currency"]), dd(r["due"])))

def gq(r):
    d, t, _ = r["sent"].split(); y, m, da = map(int, d.split("-"))
    return "%s, %d %s %d г. в %s, Солтмарш Солар Бухгалтерия <%s>:\n%s" % (DN[_dt.date(y, m, da).weekday()], da, MES[m - 1], y, t, BOT, quote(rtext(r)))

def oq(r):
    d, t, _ = r["sent"].split()
    return ("От: Солтмарш Солар Бухгалтерия <%s>\nОтправлено: %s %s\nКому: %s\nТема: %s\n\n%s" % (BOT, dd(d), t, r["to"], subj(r), rtext(r)))

def A(dom, **k): return auth(dom, **k)
def cl(k): return addr(*CLIENTS[k])
def dom(a): return a.split("@")[1]

def reply(k, r, when, body, name, sender=None, prefix="RE: ", extra=(), cc=None, sub=None):
    a = sender or CLIENTS[k][1]
    return msg(addr(name, a), "Солтмарш Солар Бухгалтерия <%s>" % BOT, sub or prefix + subj(r), when, body,
               auth_=A(dom(a)), irt=r["id"], cc=cc, headers=extra)

def build():
    out = []
    add = lambda slug, raw, lb: out.append((slug, raw, lb))
    # ---------------- счета ----------------
    upd = ('<?xml version="1.0" encoding="windows-1251"?>\n<Файл ИдФайл="ON_NSCHFDOPPR_2BM-5904000000-590401001_2BE-7701000000-770101001_20261201_a1b2" ВерсФорм="5.03" ВерсПрог="1С:Бухгалтерия 3.0">\n'
           '<Документ КНД="1115131" Функция="СЧФДОП" ДатаИнфПр="01.12.2026" ВремИнфПр="10.15.00" НаимЭконСубСост="ООО «Солтмарш Солар»">\n'
           '<СвСчФакт НомерДок="1190" ДатаДок="01.12.2026"><ДенИзм КодОКВ="643" НаимОКВ="Российский рубль"/></СвСчФакт>\n'
           '<ТаблСчФакт><СведТов НомСтр="1" НаимТов="Монтаж СЭС 150 кВт, этап 1" ОКЕИ_Тов="796" КолТов="1" ЦенаТов="2016393.44" СтТовБезНДС="2016393.44" НалСт="22%" СтТовУчНал="2460000.00">'
           '<СумНал><СумНал>443606.56</СумНал></СумНал></СведТов>\n<ВсегоОпл СтТовБезНДСВсего="2016393.44" СтТовУчНалВсего="2460000.00"><СумНалВсего><СумНал>443606.56</СумНал></СумНалВсего></ВсегоОпл></ТаблСчФакт>\n'
           '</Документ>\n</Файл>\n').encode("cp1251")
    add("zmk_upd_xml", msg(addr("Дмитрий Волков", S("d.volkov")), cl("zav"), "УПД № 1190 от 01.12.2026", "2026-12-01 12:20 +0500",
        M("mixed", [T("Добрый день!\n\nНаправляем УПД № 1190 от 01.12.2026 по первому этапу монтажа (файл формата ФНС во вложении, дубль также отправлен через Диадок).\n"
                      "Оплата в течение 10 рабочих дней с даты подписания УПД.\n\nС уважением,\nДмитрий Волков\nруководитель проекта"),
                    B("application/xml", upd, "ON_NSCHFDOPPR_1190.xml")]), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "ru", True, inv="1190", amount="2460000.00", cur="RUB", issue_date="2026-12-01",
            note="УПД XML (cp1251); working days from signing -> no due, no terms days"))
    html = ("<html><body><p>Добрый день, Ольга Николаевна!</p><p>Направляем счёт на оплату № 1193 от 04.12.2026 за установку солнечных коллекторов на крыше гостиницы.</p>"
            "<p>Сумма: <b>146 400,00 руб.</b>, в т.ч. НДС 22% — 26 400,00 руб.</p><p>Счёт действителен до 15.12.2026.</p><p>С уважением,<br>Анна Смирнова<br>ООО «Солтмарш Солар»</p></body></html>")
    add("volga_html_koi8", msg(addr("Анна Смирнова", S("a.smirnova")), cl("gost"), "Счёт № 1193", "2026-12-04 11:40 +0300",
        T(html.replace("№", "&#8470;").replace("«", "&laquo;").replace("»", "&raquo;").replace("—", "&mdash;"), "html", "koi8-r", "base64"), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "ru", False, inv="1193", amount="146400.00", cur="RUB", issue_date="2026-12-04", due_date="2026-12-15",
            note="HTML-only koi8-r; 'действителен до' = due date"))
    p = pdf(["ООО «Солтмарш Солар»", "Счёт на оплату № 1194 от 07.12.2026", "Покупатель: ООО «Теплицы Подмосковья»", "Светодиодные досветки и СЭС 30 кВт",
             "Итого без НДС: 500 000,00", "НДС 22%: 110 000,00", "Всего к оплате: 610 000,00 руб.", "Оплатить не позднее 21.12.2026"], cyr=True)
    add("teplicy_pdf_only", msg(addr("Бухгалтерия Солтмарш Солар", S("buh")), cl("tep"), "Счёт на оплату", "2026-12-07 15:10 +0300",
        M("mixed", [T("Добрый день! Счёт во вложении.\n\n--\nБухгалтерия ООО «Солтмарш Солар»"), B("application/pdf", p, "schet.pdf")]), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "ru", False, inv="1194", amount="610000.00", cur="RUB", issue_date="2026-12-07", due_date="2026-12-21",
            note="figures only in PDF (Cyrillic text)"))
    body = ("Добрый день!\n\nНаправляем счёт № ЭПЦ-26/021 от 02.12.2026 по договору подряда № 07-П/26 (стоимость договора 12 400 000,00 руб.).\n\n"
            "Стоимость этапа 2 (40%): 4 960 000,00 руб., в т.ч. НДС 22%\nЗачёт ранее перечисленного аванса (п/п № 812 от 02.10.2026): -1 240 000,00 руб.\n"
            "Итого к оплате: 3 720 000,00 руб.\n\nСрок оплаты — 15 календарных дней с даты выставления счёта.\n\nС уважением,\nИрина Петрова\nфинансовый менеджер")
    add("galereya_avans_zachet", msg(addr("Ирина Петрова", S("i.petrova")), cl("tc"), "Счёт ЭПЦ-26/021, этап 2", "2026-12-02 13:00 +0300",
        T(body, cs="windows-1251", cte="quoted-printable"), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "ru", False, inv="ЭПЦ-26/021", amount="3720000.00", cur="RUB", issue_date="2026-12-02", due_date="2026-12-17", payment_terms_days=15,
            note="contract vs stage vs advance offset; Cyrillic prefix; windows-1251"))
    body = ("Добрый день, Ерлан Серикович!\n\nВо вложении счёт на оплату № KZ-0047 от 30.11.2026 за поставку контроллеров для теплиц.\n\n"
            "Сумма к оплате: 2 380 000,00 тенге, в т.ч. НДС 12% — 255 000,00 тенге.\n(справочно: ≈ 365 000 руб. по курсу ЦБ РФ на дату счёта)\n\nОплата в течение 20 дней с даты счёта.\n\nС уважением,\nАнна Смирнова")
    add("astana_kzt", msg(addr("Анна Смирнова", S("a.smirnova")), cl("kz"), "Счёт KZ-0047", "2026-11-30 14:30 +0300",
        M("mixed", [T(body), B("application/pdf", pdf(["Счёт на оплату № KZ-0047 от 30.11.2026", "Итого: 2 380 000,00 тенге"], cyr=True), "KZ-0047.pdf")]), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "ru", False, inv="KZ-0047", amount="2380000.00", cur="KZT", issue_date="2026-11-30", due_date="2026-12-20", payment_terms_days=20,
            note="KZT; RUB equivalent for information"))
    add("anadolu_usd_bcc", msg(addr("Dmitry Volkov", S("d.volkov")), cl("tr"), "Invoice EX-26/011 - solar trackers spare parts", "2026-11-27 16:05 +0300",
        M("mixed", [T("Dear Mr. Yilmaz,\n\nPlease find attached our invoice EX-26/011 dated 27 November 2026 for the tracker spare parts (incoterms DAP Izmir).\n\n"
                      "Total: USD 9,750.00\nPayment due by the end of the month following the month of invoice.\n\nBest regards,\nDmitry Volkov\nSaltmarsh Solar RUS"),
                    B("application/pdf", pdf(["INVOICE EX-26/011", "Date 27.11.2026", "Total USD 9,750.00"]), "EX-26-011.pdf")]),
        auth_=A(STAFF_DOMAIN), headers=[("Delivered-To", BOT), ("X-Original-To", BOT)]),
        lab("invoice_copy", "en", False, inv="EX-26/011", amount="9750.00", cur="USD", issue_date="2026-11-27", due_date="2026-12-31",
            note="Bcc-only; USD; end of month following"))
    add("severlog_ksf", msg(addr("Бухгалтерия Солтмарш Солар", S("buh")), cl("log"), "Корректировочный счёт-фактура № 12-К к УПД № 1166", "2026-12-08 10:10 +0300",
        M("mixed", [T("Добрый день!\n\nВ связи с уменьшением объёма работ направляем корректировочный счёт-фактуру № 12-К от 08.12.2026 к УПД № 1166 на уменьшение стоимости на 12 000,00 руб. (в т.ч. НДС 22%).\n"
                      "Сумма к оплате по УПД № 1166 после корректировки составляет 60 000,00 руб.\n\nС уважением,\nБухгалтерия ООО «Солтмарш Солар»"),
                    B("application/pdf", pdf(["Корректировочный счёт-фактура № 12-К от 08.12.2026", "к УПД № 1166", "Уменьшение: 12 000,00"], cyr=True), "KSF_12-K.pdf")]),
        cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "ru", True, inv="12-К", cur="RUB", issue_date="2026-12-08",
            note="corrective invoice (credit) on its own: no amount to transfer; person adjusts 1166 to 60 000,00"))
    p = pdf(["Счёт на оплату", "Техническое обслуживание СЭС, декабрь 2026", "Итого: 87 840,00 руб., в т.ч. НДС 22%", "Оплатить до 18.12.2026"], cyr=True)
    add("sosny_filename_only", msg(addr("Анна Смирнова", S("a.smirnova")), cl("spa"), "Счёт за обслуживание", "2026-12-09 09:25 +0300",
        M("mixed", [T("Добрый день! Во вложении счёт за обслуживание СЭС за декабрь, сумма 87 840,00 руб., оплата до 18.12.2026.\n\nАнна"),
                    B("application/pdf", p, "Schet_1196_ot_09.12.2026.pdf")]), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("invoice_copy", "ru", False, inv="1196", amount="87840.00", cur="RUB", issue_date="2026-12-09", due_date="2026-12-18",
            note="number and date only in file name"))

    # ---------------- уведомления о прочтении ----------------
    r = RM["u10"]
    add("berezka_mdn", msg(cl("fer"), BOT, "Уведомление о прочтении: " + subj(r), "2026-11-24 18:40 +0300",
        mdn("Это уведомление о прочтении сообщения, отправленного на адрес berezka-ferma@yandex.ru.\n\nПримечание: уведомление означает лишь, что сообщение было показано на экране получателя.",
            "Yandex.Mail", r["to"], r["id"], "manual-action/MDN-sent-manually; displayed", orig_hdrs=rem_headers(r, subj(r))), auth_=A("yandex.ru")),
        lab("read_receipt", "ru", False, inv="1180", original_message_id=r["id"]))
    r = RM["u2"]
    add("teplicy_outlook_prochitano", msg(addr("Оплата Теплицы", r["to"]), BOT, "Прочитано: " + subj(r), "2026-12-07 11:03 +0300",
        mdn("Ваше сообщение\n\n  Кому: oplata@teplicy-pm.ru\n  Тема: %s\n  Отправлено: 07.12.2026 10:00\n\nбыло прочитано 07.12.2026 11:03." % subj(r),
            "Microsoft Outlook 16.0", r["to"], r["id"], "automatic-action/MDN-sent-automatically; displayed", human_cs="windows-1251"), auth_=A("teplicy-pm.ru")),
        lab("read_receipt", "ru", False, inv="1171", original_message_id=r["id"]))
    r = RM["u3"]
    add("school_webmail_receipt", msg(cl("shk"), BOT, "Прочитано: " + subj(r), "2026-11-30 08:15 +0300",
        T(("Ваше письмо «%s», отправленное 27.11.2026 в 10:30, прочитано адресатом school14@tver-edu.ru 30.11.2026 в 08:15.\n\nИдентификатор письма: %s" % (subj(r), r["id"])).replace("№", "N").replace("«", '"').replace("»", '"').replace("—", "-"), cs="koi8-r", cte="base64"),
        auth_=A("tver-edu.ru"), irt=r["id"]),
        lab("read_receipt", "ru", False, inv="1149", original_message_id=r["id"], note="non-standard receipt, koi8-r"))

    # ---------------- недоставки ----------------
    r = RM["u4"]
    human = ("Это письмо создано автоматически сервером Яндекс.Почты.\n\nВаше письмо не доставлено получателю glavbuh.severlog@yandex.ru, так как такого адреса не существует.\n\n"
             "This is the mail system at host forward101a.mail.yandex.net.\n\n<glavbuh.severlog@yandex.ru>: 550 5.7.1 No such user!\n")
    hdr = rem_headers(r, subj(r)).replace("To: " + r["to"], "To: " + r["to"] + "\nCc: glavbuh.severlog@yandex.ru")
    add("severlog_yandex_cc", msg("mailer-daemon@yandex.ru", BOT, "Недоставленное сообщение", "2026-12-02 09:31 +0300",
        dsn(human, "forward101a.mail.yandex.net", [dict(rcpt="glavbuh.severlog@yandex.ru", action="failed", status="5.7.1", remote="mx.yandex.ru", diag="550 5.7.1 No such user!")],
            hdr, "2026-12-02 09:30 +0300", human_cs="utf-8"), auth_=A("yandex.ru", mailfrom="<>")),
        lab("bounce", "ru", False, inv="1163;1166", failed_recipients="glavbuh.severlog@yandex.ru", bounce_permanent=True, original_message_id=r["id"],
            bounce_reason="user_unknown", note="Yandex 'No such user' with 5.7.1; one of two recipients"))
    r = RM["u8"]
    body = ("Сообщение не было доставлено.\n\nMessage was not accepted -- mailbox is full.\n\nПолучатель: kravtsov.apteka@mail.ru\n"
            "Ответ сервера: 552 5.2.2 Mailbox size limit exceeded. Попытки доставки прекращены.\n\n--- Below this line is a copy of the message.\n\n" + rem_headers(r, subj(r)) + "\n" + rtext(r))
    add("kravtsov_mailru_full", msg("Mail Delivery System <mailer-daemon@corp.mail.ru>", BOT, "Mail failure.", "2026-12-05 10:01 +0300", T(body),
        auth_=A("corp.mail.ru", mailfrom="<>"), headers=[("X-Failed-Recipients", r["to"])]),
        lab("bounce", "ru", False, inv="1169", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="mailbox_full",
            note="Mail.ru non-DSN bounce, given up"))
    r = RM["u11"]
    human = ("Доставка сообщения этим получателям или группам задерживается:\n\narenda@galereya-tc.ru\n\nТема: %s\n\n"
             "Это сообщение ещё не доставлено. Попытки доставки будут продолжены.\n\nСервер будет пытаться доставить это сообщение в течение еще 1 дн. 19 ч. 52 мин. Если сообщение не удастся доставить к этому времени, вы получите уведомление." % subj(r))
    add("galereya_exchange_delay", msg("Microsoft Outlook <postmaster@galereya-tc.ru>", BOT, "Доставка задерживается: " + subj(r), "2026-11-25 14:08 +0300",
        dsn(human, "EXCH01.galereya-tc.local", [dict(rcpt=r["to"], action="delayed", status="4.4.7", diag="400 4.4.7 Message delayed", until="2026-11-27 10:00 +0300")],
            rem_headers(r, subj(r)), "2026-11-25 10:00 +0300", human_cs="utf-8"), auth_=A("galereya-tc.ru", mailfrom="<>")),
        lab("bounce", "ru", False, inv="1152", failed_recipients=r["to"], bounce_permanent=False, original_message_id=r["id"], bounce_reason="other", note="delay warning"))
    r = RM["u7"]
    human = ("This is the mail system at host mx1.saltmarsh-solar.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
             "<zakupki@zmk-perm.ru>: host mx.zmk-perm.ru[192.0.2.17] said: 550 5.7.1 Message\n    rejected: первичные документы и счета принимаются только через оператора ЭДО\n    (Диадок) (in reply to end of DATA command)\n")
    add("zmk_only_edo", msg("MAILER-DAEMON@mx1.saltmarsh-solar.com (Mail Delivery System)", BOT, "Undelivered Mail Returned to Sender", "2026-11-20 09:01 +0500",
        dsn(human, "mx1.saltmarsh-solar.com", [dict(rcpt=r["to"], action="failed", status="5.7.1", remote="mx.zmk-perm.ru",
            diag="550 5.7.1 Message rejected: invoices accepted only via EDI operator (Diadoc)")], rem_headers(r, subj(r)), "2026-11-20 09:00 +0500", human_cs="utf-8"),
        auth_=A("saltmarsh-solar.com", mailfrom="<>")),
        lab("bounce", "en", False, inv="ЭПЦ-26/017", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="policy",
            note="only e-documents via EDI accepted"))
    r = RM["u5"]
    human = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
             "  buh@hotel-volga.ru\n    host mx.hotel-volga.ru [198.51.100.150]\n    SMTP error from remote mail server after end of data:\n    550 user unknown\n\n"
             "------ This is a copy of the message's headers. ------\n\n" + rem_headers(r, subj(r)))
    add("volga_exim_after_data", msg("Mail Delivery System <Mailer-Daemon@mx1.saltmarsh-solar.com>", BOT, "Mail delivery failed: returning message to sender", "2026-12-07 10:16 +0300",
        T(human), auth_=A("saltmarsh-solar.com", mailfrom="<>"), headers=[("X-Failed-Recipients", r["to"]), ("Auto-Submitted", "auto-replied")]),
        lab("bounce", "en", True, inv="1175", failed_recipients=r["to"], bounce_permanent=True, original_message_id=r["id"], bounce_reason="user_unknown",
            note="bare 'user unknown' after DATA"))

    # ---------------- автоответы ----------------
    r = RM["u1"]
    add("zarechny_otpusk", msg(addr("Марина Ковалёва", r["to"]), BOT, "Автоответ: " + subj(r), "2026-11-23 10:01 +0300",
        T("Здравствуйте!\n\nЯ нахожусь в ежегодном отпуске. Выйду на работу 14 декабря.\nПо срочным вопросам оплаты обращайтесь к заместителю главного бухгалтера Сергею Лаптеву: +7 (8452) 39-11-20.\n\nС уважением,\nМарина Ковалёва\nглавный бухгалтер"),
        auth_=A("zarechny-agro.ru"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")]),
        lab("auto_reply", "ru", False, inv="1158", return_date="2026-12-14", original_message_id=r["id"]))
    r = RM["u9"]
    add("anadolu_turkce", msg(addr("Anadolu Enerji Muhasebe", r["to"]), BOT, "Otomatik yanıt: " + subj(r), "2026-12-07 10:01 +0300",
        T("Merhaba,\n\n9 Aralık 2026 tarihine kadar yıllık izindeyim. 10 Aralık Perşembe günü ofiste olacağım.\nAcil durumlarda lütfen finans@anadoluenerji.com.tr adresine yazınız.\n\nSaygılarımla,\nAyşe Demir", cs="iso-8859-9"),
        auth_=A("anadoluenerji.com.tr"), irt=r["id"], headers=[("X-Autoreply", "yes")]),
        lab("auto_reply", "tr", False, inv="EX-26/008", return_date="2026-12-10", original_message_id=r["id"], note="Turkish, iso-8859-9, non-standard header only"))
    r = RM["u6"]
    add("astana_komandirovka", msg(addr("Бухгалтерия Астана Агро", r["to"]), BOT, "Нет на месте: " + subj(r), "2026-12-04 12:01 +0500",
        T("Добрый день!\n\nС 04.12.2026 по 18.12.2026 включительно нахожусь в командировке, доступ к почте ограничен.\nПо вопросам оплаты: +7 (7172) 55-40-18.\n\nС уважением,\nГульнара Ахметова"),
        auth_=A("astana-agro.kz"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")]),
        lab("auto_reply", "ru", False, inv="KZ-0042", return_date="2026-12-21", original_message_id=r["id"], note="по ... включительно Friday -> Monday"))
    r = RM["u12"]
    add("sosny_uvolilas", msg(addr("Иванова Елена Петровна", "e.ivanova@sanatoriy-sosny.ru"), BOT, "Автоматический ответ: " + subj(r), "2026-11-30 10:01 +0300",
        T("Уважаемые коллеги!\n\nИванова Е. П. уволилась 20.11.2026. Письма, направленные на этот адрес, не читаются.\nПросим направлять всю корреспонденцию по оплате на buh@sanatoriy-sosny.ru.\n\nООО «Санаторий Сосны»"),
        auth_=A("sanatoriy-sosny.ru"), irt=r["id"], headers=[("Auto-Submitted", "auto-replied")]),
        lab("auto_reply", "ru", True, inv="1161", original_message_id=r["id"], note="left-company notice"))
    r = RM["u3"]
    add("school_bez_zagolovkov", msg(addr("Бухгалтерия Школы № 14", r["to"]), BOT, "Ваше письмо получено", "2026-11-27 10:31 +0300",
        T("Здравствуйте!\n\nВаше письмо получено. Обращаем внимание, что бухгалтерия школы обслуживается централизованной бухгалтерией управления образования и принимает документы по вторникам и четвергам.\n\nЭто письмо сформировано автоматически.",
          cs="windows-1251", cte="base64"), auth_=A("tver-edu.ru")),
        lab("auto_reply", "ru", False, inv="1149", note="no auto headers, no return date"))

    # ---------------- challenge ----------------
    r = RM["u11"]
    add("galereya_antispam_check", msg("Антиспам ТЦ Галерея <antispam@galereya-tc.ru>", BOT, "Подтвердите отправку письма", "2026-11-25 10:01 +0300",
        T("Здравствуйте!\n\nВаше письмо для arenda@galereya-tc.ru с темой «%s» задержано системой защиты от спама, так как ваш адрес отсутствует в белом списке получателя.\n\n"
          "Чтобы письмо было доставлено, подтвердите, что вы не робот, перейдя по ссылке в течение 48 часов:\nhttps://antispam.galereya-tc.ru/confirm/5f2c81\n\nЭто автоматическое сообщение." % subj(r)),
        auth_=A("galereya-tc.ru"), headers=[("Auto-Submitted", "auto-replied")]),
        lab("challenge", "ru", True, inv="1152", note="corporate whitelist challenge"))

    # ---------------- платежи ----------------
    add("zarechny_postuplenie_dva", msg("Банк «Северный путь» <notify@severbank.ru>", BOT, "Поступление средств на счёт 40702810900000012345", "2026-12-09 12:30 +0300",
        T("Уважаемый клиент!\n\nНа ваш счёт поступили денежные средства.\n\nДата валютирования: 09.12.2026\nСумма: 1 294 800,00 RUR\nПлательщик: АО \"АГРОКОМПЛЕКС ЗАРЕЧНЫЙ\" ИНН 6450012345\n"
          "Назначение платежа: Оплата по счетам № 1158 от 16.10.2026 - 1 248 000,00 руб., № 1144 от 09.10.2026 - 46 800,00 руб. В т.ч. НДС 22%\n\nБанк «Северный путь»", cs="windows-1251", cte="quoted-printable"),
        auth_=A("severbank.ru")),
        lab("payment_confirmation", "ru", False, inv="1158;1144", amount="1294800.00", cur="RUB", payment_date="2026-12-09", payment_full=True,
            allocations="1158=1248000.00;1144=46800.00", note="two invoices with stated split"))
    add("kravtsov_platezhka", msg("Платёжка <noreply@platezhka.ru>", BOT, "Оплата получена: 57 600,00 ₽", "2026-12-04 13:12 +0300",
        M("alternative", [T("Оплата по ссылке получена\n\nМагазин: ООО «Солтмарш Солар»\nПлательщик: Кравцов Алексей Викторович\nНазначение: Счёт № 1169\nДата оплаты: 04.12.2026 13:11\n\n"
                            "Оплачено: 57 600,00 ₽\nКомиссия сервиса: 1 612,80 ₽\nК зачислению: 55 987,20 ₽ (05.12.2026)\nКарта: МИР •• 3381\n"),
                          T("<p>Оплачено: <b>57 600,00 ₽</b> — Счёт № 1169</p>", "html")]), auth_=A("platezhka.ru")),
        lab("payment_confirmation", "ru", False, inv="1169", amount="57600.00", cur="RUB", payment_date="2026-12-04", payment_full=True))
    mt = ("{1:F01SEVBRUMMAXXX0000000000}{2:O1031114261210TGBATRISXXXX}{4:\n:20:AE26121000077\n:23B:CRED\n:32A:261210USD28900,00\n:33B:USD28900,00\n:50K:/TR330006100519786457841326\nANADOLU ENERJI A.S.\nIZMIR TR\n"
          ":59:/40702840200000004567\nSALTMARSH SOLAR RUS LLC\n:70:INV EX-26/008\n:71A:OUR\n-}")
    add("anadolu_mt103", msg("Банк «Северный путь» <notify@severbank.ru>", BOT, "Зачисление валютного платежа USD 28 900,00", "2026-12-10 11:20 +0300",
        T("Уважаемый клиент!\n\nНа ваш транзитный валютный счёт зачислен платёж. Дата валютирования 10.12.2026.\n\n" + mt + "\n\nНеобходимо представить сведения о валютной операции в течение 15 рабочих дней.\n"),
        auth_=A("severbank.ru")),
        lab("payment_confirmation", "ru", False, inv="EX-26/008", amount="28900.00", cur="USD", payment_date="2026-12-10", payment_full=True))
    add("astana_kzt_postuplenie", msg("Банк «Северный путь» <notify@severbank.ru>", BOT, "Поступление средств (KZT)", "2026-12-10 15:45 +0300",
        T("Уважаемый клиент!\n\nНа ваш счёт в казахстанских тенге поступили средства.\n\nДата валютирования: 10.12.2026\nСумма: 2 000 000,00 KZT\nПлательщик: ТОО «Астана Агро Инвест», БИН 180540012345\n"
          "Назначение: частичная оплата по счёту KZ-0042 от 28.10.2026\n"), auth_=A("severbank.ru")),
        lab("payment_confirmation", "ru", False, inv="KZ-0042", amount="2000000.00", cur="KZT", payment_date="2026-12-10", payment_full=False, note="partial payment in KZT"))
    add("sosny_po_dogovoru", msg("Банк «Северный путь» <notify@severbank.ru>", BOT, "Поступление средств на счёт 40702810900000012345", "2026-12-08 09:40 +0300",
        T("Уважаемый клиент!\n\nНа ваш счёт поступили денежные средства.\n\nДата валютирования: 08.12.2026\nСумма: 305 000,00 RUR\nПлательщик: ООО \"САНАТОРИЙ СОСНЫ\"\nНазначение платежа: Оплата по договору № 14/26 от 03.03.2026 за монтажные работы. НДС не облагается\n"),
        auth_=A("severbank.ru")),
        lab("payment_confirmation", "ru", True, amount="305000.00", cur="RUB", payment_date="2026-12-08", note="names a contract, no invoice number"))

    # ---------------- ответы клиентов ----------------
    r = RM["u2"]
    add("teplicy_obeshchanie", reply("tep", r, "2026-12-07 12:10 +0300",
        T("Добрый день!\n\nОплату по счёту № 1171 произведём 10.12.2026.\n\nС уважением,\nТатьяна Гришина\nбухгалтер ООО «Теплицы Подмосковья»\n\n" + oq(r)), "Татьяна Гришина"),
        lab("client_reply", "ru", False, inv="1171", intent="promise", promised_date="2026-12-10"))
    r = RM["u7"]
    add("zmk_pretenziya", reply("zav", r, "2026-11-23 16:20 +0500",
        T("Добрый день.\n\nСмонтированные инверторы не соответствуют спецификации к договору: вместо 100 кВт установлены 80 кВт, кроме того, акт пусконаладки не подписан. "
          "Оплата по счёту ЭПЦ-26/017 будет произведена после устранения замечаний. Претензия направлена письмом.\n\nНачальник отдела закупок\nО. В. Пермяков\n\n" + oq(r)), "Олег Пермяков",
        sender="o.permyakov@zmk-perm.ru"),
        lab("client_reply", "ru", True, inv="ЭПЦ-26/017", intent="dispute"))
    r = RM["u3"]
    add("school_chastyami", reply("shk", r, "2026-12-01 11:05 +0300",
        T("Добрый день!\n\nВ связи с тем, что лимиты бюджетных обязательств на 2026 год исчерпаны, просим рассмотреть возможность оплаты счёта № 1149 частями: 50% в декабре и оставшиеся 50% в январе 2027 года после доведения лимитов.\n\n"
          "Директор МБОУ «Школа № 14»\nН. А. Соколова\n\n" + oq(r)), "Наталья Соколова"),
        lab("client_reply", "ru", True, inv="1149", intent="plan_request"))
    r = RM["u5"]
    add("volga_dokumenty", reply("gost", r, "2026-12-07 14:40 +0300",
        T("Здравствуйте!\n\nПришлите, пожалуйста, акт выполненных работ и копию счёта № 1175 — без закрывающих документов бухгалтерия не может провести оплату.\n\nОльга Николаевна\n\n" + gq(r)), "Ольга Белова",
        sender="o.belova@hotel-volga.ru", prefix="Re: "),
        lab("client_reply", "ru", True, inv="1175", intent="question", note="asks for documents; written from a new address after the AP mailbox bounced"))
    r = RM["u11"]
    add("galereya_prekratit", reply("tc", r, "2026-11-26 17:00 +0300",
        T("Уважаемые господа!\n\nПросим прекратить направление автоматических напоминаний на данный адрес. Вопрос оплаты по счёту № 1152 будет урегулирован в рамках досудебной претензионной переписки.\n\n"
          "Генеральный директор ООО «Галерея-Инвест»\nВ. С. Морозов\n\n" + oq(r)), "Виктор Морозов"),
        lab("client_reply", "ru", True, inv="1152", intent="stop"))
    r = RM["u4"]
    csv_ = ("Дата;Номер п/п;Получатель;Назначение;Сумма\n08.12.2026;1543;ООО Солтмарш Солар;Оплата по УПД 1163;540000,00\n08.12.2026;1544;ООО Солтмарш Солар;Оплата по УПД 1166 с учётом КСФ 12-К;60000,00\n").encode("cp1251")
    add("severlog_reestr_csv", reply("log", r, "2026-12-09 10:30 +0300",
        M("mixed", [T("Добрый день!\n\n08.12.2026 оплатили оба документа, всего 600 000,00 руб. (по № 1166 — с учётом корректировки). Реестр платежей во вложении.\n\nС уважением,\nФинансовый отдел ООО «СеверЛогистик»\n\n" + oq(r)),
                    B("text/csv; charset=windows-1251", csv_, "reestr_platezhey_08122026.csv")]), "Финансовый отдел СеверЛогистик"),
        lab("client_reply", "ru", True, inv="1163;1166", amount="600000.00", cur="RUB", intent="paid", note="paid claim with date; remittance as CSV"))
    r = RM["u10"]
    add("berezka_telefon", reply("fer", r, "2026-12-04 20:47 +0300",
        T("здравствуйте счет получили оплатим в следующую пятницу\n\nОтправлено из мобильной Яндекс Почты"), "Ферма Берёзка", prefix="Re: "),
        lab("client_reply", "ru", False, inv="1180", intent="promise", promised_date="2026-12-11", note="phone typing; 'next Friday' written on a Friday -> +7 days"))
    r = RM["u6"]
    add("astana_findir", reply("kz", r, "2026-12-08 11:00 +0500",
        T("Добрый день!\n\nНаш финансовый директор сообщил, что оплата по счёту KZ-0042 будет произведена до конца недели.\n\nС уважением,\nДанияр Нурланов\nзам. главного бухгалтера\n\n" + oq(r)), "Данияр Нурланов",
        sender="d.nurlanov@astana-agro.kz"),
        lab("client_reply", "ru", False, inv="KZ-0042", intent="promise", promised_date="2026-12-11", note="relayed promise; end of week -> Fri"))
    r1, r13 = RM["u1"], RM["u13"]
    add("zarechny_bottom_dva", reply("agro", r1, "2026-11-24 09:50 +0300",
        T(gq(r13) + "\n\n" + gq(r1) + "\n\nОба счёта (№ 1144 и № 1158) оплатим 9 декабря одним платежом.\n\nС. Лаптев"), "Сергей Лаптев", sender="s.laptev@zarechny-agro.ru", prefix="Re: "),
        lab("client_reply", "ru", False, inv="1158;1144", intent="promise", promised_date="2026-12-09", note="bottom-posted under two quoted reminders"))
    r = RM["u8"]
    add("kravtsov_oplatil_osparivaet", reply("apt", r, "2026-12-04 19:30 +0300",
        T("Добрый вечер.\nСчёт 1169 я оплатил картой сегодня, 57 600 руб. А вот выезд техника по счёту 1172 (11 500 руб.) оплачивать не буду — выезд был по гарантии, инвертор меняли за ваш счёт, так договаривались с Дмитрием.\n\nКравцов"),
        "Алексей Кравцов", prefix="Re: "),
        lab("client_reply", "ru", True, inv="1169;1172", amount="57600.00", cur="RUB", intent="dispute", note="mixed paid + dispute; 1172 not in reminder"))
    r = RM["u9"]
    add("anadolu_not_friday", reply("tr", r, "2026-12-08 15:10 +0300",
        T("Dear colleagues,\n\nWe regret to inform you that we will NOT be able to pay EX-26/008 by Friday as we promised. Our bank has put USD transfers to Russia on hold for a compliance review and we do not know yet when it will be released.\n\n"
          "Спасибо за понимание.\nMehmet Yilmaz\nFinance Manager\n\n" + oq(r)), "Mehmet Yilmaz", sender="m.yilmaz@anadoluenerji.com.tr"),
        lab("client_reply", "en", True, inv="EX-26/008", intent="other", note="negated/withdrawn promise, no new date; English + Russian"))
    r = RM["u14"]
    add("kolos_kak_tolko", reply("kol", r, "2026-12-04 13:25 +0300",
        T("Добрый день! Нам самим задерживает оплату крупный покупатель. Как только он рассчитается с нами, сразу оплатим ваш счёт 1178.\n\nБухгалтерия «Колос»\n\n" + gq(r)), "Пекарня Колос", prefix="Re: "),
        lab("client_reply", "ru", True, inv="1178", intent="other", note="conditional without a day"))
    r = RM["u12"]
    add("sosny_poluchili", reply("spa", r, "2026-11-30 12:00 +0300",
        T("Счёт получили, спасибо.\n\n" + oq(r)), "Бухгалтерия Санаторий Сосны"),
        lab("client_reply", "ru", False, inv="1161", intent="other", note="bare receipt"))

    # ---------------- прочее ----------------
    add("avie_digest", msg("АВИЭ <digest@avie.ru>", BOT, "Дайджест отрасли: итоги ноября 2026", "2026-12-02 08:00 +0300",
        M("alternative", [T("Дайджест АВИЭ\n\n— Итоги конкурсного отбора ДПМ ВИЭ\n— Новые требования к локализации\n\nОтписаться: https://avie.ru/unsubscribe?id=4471"),
                          T("<h2>Дайджест АВИЭ</h2><p>Итоги конкурсного отбора</p>", "html")]),
        auth_=A("avie.ru"), headers=[("List-Unsubscribe", "<https://avie.ru/unsubscribe?id=4471>"), ("Precedence", "bulk")]),
        lab("other", "ru", False, note="newsletter"))
    add("staff_proslezhu", msg(addr("Дмитрий Волков", S("d.volkov")), addr("Анна Смирнова", S("a.smirnova")), "Заречный", "2026-11-24 11:30 +0300",
        T("Аня, Заречный обещали закрыть оба счёта 9-го. Проследи, пожалуйста, и если не придёт — набери Лаптеву.\nД."), cc=BOT, auth_=A(STAFF_DOMAIN)),
        lab("other", "ru", True, note="staff among themselves, bot in Cc"))
    add("renwex_priglashenie", msg(addr("Екатерина Орлова", "e.orlova@expo-events-group.ru"), BOT, "Персональное приглашение на выставку RENWEX 2027", "2026-11-12 12:00 +0300",
        T("Добрый день!\n\nПриглашаем руководство вашей компании принять участие в выставке RENWEX 2027 в качестве экспонента. Для вас подготовлено специальное предложение на стенд 24 м².\n\nЕкатерина Орлова\nменеджер по работе с экспонентами"),
        auth_=A("expo-events-group.ru")),
        lab("other", "ru", True, note="personal invitation from unknown sender"))
    add("severbank_dmarc_fail", msg("Банк «Северный путь» <notify@severbank.ru>", BOT, "Поступление средств на счёт 40702810900000012345", "2026-12-10 02:14 +0300",
        T("Уважаемый клиент!\n\nНа ваш счёт поступили денежные средства.\n\nСумма: 7 860 000,00 RUR\nПлательщик: ООО \"ЗАВОД МЕТАЛЛОКОНСТРУКЦИЙ\"\nНазначение: оплата по счёту ЭПЦ-26/017\n\n"
          "Для зачисления подтвердите операцию в приложении: https://severbank-online.top/confirm\n"),
        auth_=auth("severbank.ru", spf="softfail", dkim="fail", dmarc="fail", mailfrom="info@severbank-online.top")),
        lab("other", "ru", True, note="spoofed bank From failing DMARC; nothing read"))
    return out

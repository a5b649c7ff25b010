"""Russian desk: RUB/USD/KZT, VAT 22 %; invoices HR-NNNN/26."""
from kinds import (BOT_ADDR, Desk, alt, dsn_part, invoice_pdf, label, mdn_parts, reply_body, reply_refs,
                   returned_headers, rfc822_part, with_pdf)
from mailkit import BOT, BOT_NAME, MX, auth_results, dt, multipart, raw_part, text

BANK = ("АО «Тайга Банк», р/с 40702810900000012345, БИК 044525999, к/с 30101810400000000999, "
        "получатель ООО «Харроугейт Колд Чейн», ИНН 7701234567")


def d(iso):
    y, m, dd = iso.split("-")
    return f"{dd}.{m}.{y}"


def rem_body(name, invs, cur, due, past):
    sym = {"RUB": "руб.", "USD": "USD", "KZT": "тенге"}[cur]
    lines = "\n".join(f"  {no}   {amt} {sym}" for no, amt in invs)
    lead = (f"срок оплаты по следующим счетам истёк {d(due)}. Если вы уже оплатили, пожалуйста, не обращайте "
            "внимания на это письмо." if past else f"срок оплаты по следующим счетам наступает {d(due)}.")
    return (f"Здравствуйте, {name}!\n\nНадеемся, у вас всё хорошо и дела идут успешно.\n\nНапоминаем, что {lead}\n\n"
            f"{lines}\n\nРеквизиты для оплаты: {BANK}. В назначении платежа укажите номер счёта.\n\n"
            "Если вы хотите обсудить оплату, просто ответьте на это письмо.\n\nС уважением,\n"
            "Отдел дебиторской задолженности\nООО «Харроугейт Колд Чейн»\n")


def q(D, key, new, style="gmail"):
    r = D.rem(key)
    if style == "gmail":
        return reply_body(D, key, new, when_line=f"{d(r['day'])}, {r['hm']}, \"{BOT_NAME}\" <{BOT}>:")
    return reply_body(D, key, new, style)


def build():
    D = Desk("ru", "harrowgate-cc.ru", 3, "Отдел дебиторской задолженности")
    OLGA = ("Ольга Смирнова", "o.smirnova@harrowgate-cc.ru")
    ARTEM = ("Артём Волков", "a.volkov@harrowgate-cc.ru")
    D.staff = [OLGA[1], ARTEM[1]]
    D.extra_known = ["HR-0401/26"]
    TB = ("Тайга Банк", "uvedomleniya@taiga-bank.ru")
    PK = ("PayKassa", "notify@paykassa-gate.ru")
    D.notifiers = [TB[1], PK[1]]
    C = dict(
        sever=("ООО «Северный холод»", "buh@severholod.ru"),
        pharm=("Бухгалтерия ФармаЛогистик", "oplata@pharmalogistic.ru"),
        moloko=("Молочные реки, бухгалтерия", "buhgalteria@molochnye-reki.ru"),
        almaty=("Finance Almaty Food Trade", "finance@almatyfood.kz"),
        astana=("Астана Фарм", "ap@astanapharm.kz"),
        ural=("Уралмясо, финотдел", "fin@uralmyaso.ru"),
        ryba=("ИП Кузнецов", "kuznetsov.ip@mail.ru"),
        cvety=("Цветы Востока", "zakaz@cvety-vostoka.ru"),
        vlad=("Владморепродукт", "buh@vladmore.ru"),
        sib=("СибЗаморозка", "oplata@sibzamorozka.ru"),
        tash=("Tashkent Fruit Export", "accounts@tashfruit.uz"),
        minsk=("Минский хладокомбинат", "fin@minskholod.by"),
        sever_old=("Петров И.С.", "petrov@severholod.ru"),
        ural_old=("Никитина Е.", "e.nikitina@uralmyaso.ru"),
        cvety_old=("Цветы Востока", "info@cvety-vostoka.ru"),
    )

    def R(key, day, who, invs, cur, due, past=True, subj=None, name="коллеги"):
        nos = ", ".join(i for i, _ in invs)
        s = subj or (f"Напоминание об оплате: {nos}" if past else f"Срок оплаты: {nos}")
        return D.reminder(key, day, C[who], invs, cur, due, s, rem_body(name, invs, cur, due, past))

    R("R1", "2026-11-10", "pharm", [("HR-0431/26", "732 000,00")], "RUB", "2026-11-06")
    R("R2", "2026-11-12", "sever_old", [("HR-0433/26", "96 380,00")], "RUB", "2026-11-09", name="Иван Сергеевич")
    R("R3", "2026-11-16", "ryba", [("HR-0437/26", "18 300,00")], "RUB", "2026-11-12", name="Алексей Петрович")
    R("R4", "2026-11-17", "almaty", [("HR-0439/26", "3 250 000,00")], "KZT", "2026-11-20", past=False)
    R("R5", "2026-11-18", "ural_old", [("HR-0441/26", "244 000,00")], "RUB", "2026-11-13", name="Елена")
    R("R6", "2026-11-19", "cvety_old", [("HR-0443/26", "61 000,00")], "RUB", "2026-11-16")
    R("R7", "2026-11-23", "vlad", [("HR-0444/26", "152 500,00"), ("HR-0446/26", "85 400,00")], "RUB", "2026-11-18",
      subj="Акт сверки / неоплаченные счета Владморепродукт")
    R("R8", "2026-11-24", "sib", [("HR-0447/26", "122 000,00")], "RUB", "2026-11-20")
    R("R9", "2026-11-25", "tash", [("HR-0449/26", "6 200,00")], "USD", "2026-11-19")
    R("R10", "2026-11-26", "moloko", [("HR-0450/26", "305 000,00")], "RUB", "2026-11-23")
    R("R11", "2026-11-27", "minsk", [("HR-0452/26", "488 000,00")], "RUB", "2026-11-25")
    R("R12", "2026-11-30", "astana", [("HR-0453/26", "7 400,00")], "USD", "2026-11-26")
    R("R13", "2026-12-01", "sever", [("HR-0455/26", "240 000,00")], "RUB", "2026-11-27")
    R("R14", "2026-12-02", "ryba", [("HR-0437/26", "18 300,00")], "RUB", "2026-11-12", name="Алексей Петрович")
    R("R15", "2026-12-02", "cvety", [("HR-0457/26", "36 600,00")], "RUB", "2026-12-07", past=False)

    sig = "\n\nС уважением,\nОльга Смирнова\nБухгалтерия ООО «Харроугейт Колд Чейн»\nтел. +7 495 123-45-67\n"

    # ------------------------------------------------------------------ invoice copies
    when = dt("2026-11-03", "11:00", 3)
    body = ("Добрый день!\n\nНаправляем счёт № HR-0461/26 от 03.11.2026 за хранение замороженной продукции "
            "(-18 °C) за октябрь.\n\nСумма: 186 000,00 руб., в т.ч. НДС 22% — 33 540,98 руб.\n"
            "Оплата в течение 14 календарных дней (до 17.11.2026)." + sig)
    D.mail("schet_sever_koi8", when, OLGA, [C["sever"]], "Счёт № HR-0461/26 от 03.11.2026",
           text(body.replace("№", "N").replace("«", '"').replace("»", '"').replace("—", "-"), charset="koi8-r", cte="8bit"),
           label("invoice_copy", "ru", invoice_numbers="HR-0461/26", amount="186000.00", currency="RUB",
                 issue_date="2026-11-03", due_date="2026-11-17", payment_terms_days=14,
                 note="koi8-r 8bit body; VAT included in total"),
           cc=[BOT_ADDR], charset="koi8-r")

    when = dt("2026-11-04", "15:30", 3)
    plain = ("Добрый день!\n\nСчёт № HR-0462/26 от 04.11.2026 за ответственное хранение лекарственных средств "
             "(+2…+8 °C).\n\nСумма без НДС: 500 000,00 руб.\nНДС 22%: 110 000,00 руб.\nИтого к оплате: 610 000,00 руб.\n"
             "Срок оплаты: 30 дней с даты счёта (04.12.2026).\n")
    html = ("<p>Добрый день!</p><p>Счёт № <b>HR-0462/26</b> от 04.11.2026.</p><table border=1>"
            "<tr><td>Сумма без НДС</td><td>500&nbsp;000,00 руб.</td></tr><tr><td>НДС 22%</td><td>110&nbsp;000,00 руб.</td></tr>"
            "<tr><td><b>Итого к оплате</b></td><td><b>610&nbsp;000,00 руб.</b></td></tr></table>"
            "<p>Срок оплаты: 30 дней с даты счёта (04.12.2026).</p>")
    D.mail("schet_pharm_html", when, OLGA, [C["pharm"]], "Счёт HR-0462/26", alt(plain, html, "ru2"),
           label("invoice_copy", "ru", invoice_numbers="HR-0462/26", amount="610000.00", currency="RUB",
                 issue_date="2026-11-04", due_date="2026-12-04", payment_terms_days=30, note="net vs gross"),
           cc=[BOT_ADDR])

    when = dt("2026-11-05", "10:10", 3)
    body = ("Добрый день, коллеги!\n\nНаправляем счёт № HR-0464/26 от 05.11.2026 за перевалку и хранение на складе "
            "в Алматы.\nСумма: 4 850 000,00 тенге (KZT), НДС 0% (экспорт услуг).\nСрок оплаты — 30 дней.\n"
            "Счёт на английском языке во вложении." + sig)
    D.mail("schet_almaty_kzt", when, OLGA, [C["almaty"]], "Счёт HR-0464/26 (KZT)",
           with_pdf(text(body), ["HARROWGATE COLD CHAIN LLC - INVOICE HR-0464/26", "Date: 05.11.2026",
                                 "Almaty Food Trade LLP, Almaty, Kazakhstan", "Transshipment and storage",
                                 "TOTAL KZT 4,850,000.00", "VAT 0% (export of services)", "Payment within 30 days"],
                    "HR-0464-26.pdf", "ru3"),
           label("invoice_copy", "ru", invoice_numbers="HR-0464/26", amount="4850000.00", currency="KZT",
                 issue_date="2026-11-05", due_date="2026-12-05", payment_terms_days=30),
           cc=[BOT_ADDR])

    when = dt("2026-11-05", "16:45", 3)
    body = ("Добрый день!\n\nПо договору № 112-ХР/26 (сумма договора 1 200 000,00 руб.) выставляем счёт на "
            "предоплату № HR-0465/26: 50% — 600 000,00 руб., в т.ч. НДС 22%.\nПросим оплатить до 11.11.2026." + sig)
    D.mail("schet_moloko_predoplata", when, OLGA, [C["moloko"]], "Счёт на предоплату HR-0465/26",
           text(body),
           label("invoice_copy", "ru", invoice_numbers="HR-0465/26", amount="600000.00", currency="RUB",
                 issue_date="2026-11-05", due_date="2026-11-11",
                 note="contract value 1,200,000 vs 50% prepayment 600,000; explicit due date, no day count"),
           cc=[BOT_ADDR])

    when = dt("2026-11-06", "12:20", 3)
    body = ("Елена, добрый день!\n\nВысылаю два счёта за октябрь:\n\nHR-0467/26 — рефперевозки Екатеринбург–Москва — "
            "84 180,00 руб.\nHR-0468/26 — простой рефрижератора — 12 200,00 руб.\n\nОба от 06.11.2026, оплата в течение "
            "30 дней.\n\nАртём Волков\n")
    D.mail("dva_scheta_ural", when, ARTEM, [C["ural"]], "Счета HR-0467/26 и HR-0468/26",
           text(body),
           label("invoice_copy", "ru", invoice_numbers="HR-0467/26;HR-0468/26", amount="96380.00", currency="RUB",
                 issue_date="2026-11-06", due_date="2026-12-06", payment_terms_days=30, note="two invoices; sum"),
           cc=[BOT_ADDR])

    when = dt("2026-11-09", "09:40", 3)
    body = ("Уважаемые коллеги!\n\nНаправляем счёт № HR-0470/26 от 09.11.2026 на сумму 9 800,00 USD за доставку "
            "вакцин в термоконтейнерах Москва – Астана.\nСрок оплаты: 30 дней.\n\nDear colleagues, please find invoice "
            "HR-0470/26 for USD 9,800.00 attached. Payment terms: 30 days.\n\nАртём Волков\n")
    D.mail("schet_astana_usd_dvuyazychny", when, ARTEM, [C["astana"]], "Счёт / Invoice HR-0470/26",
           with_pdf(text(body), ["INVOICE HR-0470/26   09.11.2026", "Astana Pharm LLP, Astana, Kazakhstan",
                                 "Vaccine transport in thermal containers Moscow-Astana", "TOTAL USD 9,800.00",
                                 "Payment terms: 30 days"], "HR-0470-26.pdf", "ru6"),
           label("invoice_copy", "ru", invoice_numbers="HR-0470/26", amount="9800.00", currency="USD",
                 issue_date="2026-11-09", due_date="2026-12-09", payment_terms_days=30, note="bilingual RU/EN body"),
           cc=[BOT_ADDR])

    when = dt("2026-11-10", "08:15", 3)
    body = ("Добрый день!\n\nСчёт № HR-0472/26 от 10.11.2026 за хранение морепродуктов (-25 °C).\n\n"
            "Сумма без НДС: 250 000,00 руб.\nНДС 22%: 55 000,00 руб.\nВсего к оплате: 305 000,00 руб.\n"
            "Оплата в течение 21 дня." + sig)
    D.mail("schet_vlad_cp1251", when, OLGA, [C["vlad"]], "Счёт HR-0472/26",
           text(body, charset="windows-1251", cte="quoted-printable"),
           label("invoice_copy", "ru", invoice_numbers="HR-0472/26", amount="305000.00", currency="RUB",
                 issue_date="2026-11-10", due_date="2026-12-01", payment_terms_days=21, note="windows-1251; net vs gross"),
           cc=[BOT_ADDR], charset="windows-1251")

    when = dt("2026-11-11", "13:05", 3)
    body = ("Добрый день!\n\nСчёт № HR-0474/26 от 11.11.2026 на сумму 142 800,00 руб. (в т.ч. НДС 22%).\n"
            "Оплата в два этапа по договорённости:\n  1-й платёж — 50% (71 400,00 руб.) до 20.11.2026;\n"
            "  2-й платёж — 50% (71 400,00 руб.) до 20.12.2026.\n\nАртём Волков\n")
    D.mail("schet_sib_dva_etapa", when, ARTEM, [C["sib"]], "Счёт HR-0474/26 — оплата в 2 этапа", text(body),
           label("invoice_copy", "ru", invoice_numbers="HR-0474/26", amount="71400.00", currency="RUB",
                 issue_date="2026-11-11", due_date="2026-11-20", note="total 142,800 in two stages; amount = first stage"),
           cc=[BOT_ADDR])

    when = dt("2026-11-12", "17:20", 3)
    body = ("Добрый день!\n\nСчёт № HR-0476/26 за охлаждённую доставку к 1 декабря. К оплате 48 800,00 руб.\n\n"
            "Расчёт (из 1С):\n  Доставка, 8 рейсов          45 000,00\n  НДС 22%                       9 900,00\n"
            "  Итого                        54 900,00\n\nСрок оплаты — 10 дней." + sig)
    D.mail("schet_cvety_raznye_summy", when, OLGA, [C["cvety"]], "Счёт HR-0476/26", text(body),
           label("invoice_copy", "ru", invoice_numbers="HR-0476/26", currency="RUB", issue_date="2026-11-12",
                 due_date="2026-11-22", payment_terms_days=10, needs_human=True,
                 note="text says 48,800.00 to pay, calculation shows 54,900.00; amount left empty"),
           cc=[BOT_ADDR])

    when = dt("2026-11-16", "10:30", 3)
    body = ("Оля, привет!\n\nПересылаю счёт для Минска, который ушёл им в пятницу, — поставь, пожалуйста, на контроль. "
            "Бота поставил в копию.\n\nАртём\n\n-------- Пересылаемое сообщение --------\n"
            "От: Артём Волков <a.volkov@harrowgate-cc.ru>\nКому: fin@minskholod.by\nДата: 13.11.2026 15:02\n"
            "Тема: Счёт HR-0478/26\n\nДобрый день!\n\nНаправляем счёт № HR-0478/26 от 13.11.2026 за хранение "
            "(-22 °C) в ноябре.\nСумма: 366 000,00 руб. (НДС 0%, экспорт услуг в РБ).\nСрок оплаты: 30 дней.\n")
    D.mail("peresylka_minsk_vnutr", when, ARTEM, [OLGA], "Fwd: Счёт HR-0478/26", text(body),
           label("invoice_copy", "ru", invoice_numbers="HR-0478/26", amount="366000.00", currency="RUB",
                 issue_date="2026-11-13", due_date="2026-12-13", payment_terms_days=30,
                 note="internal forward (To = staff, bot Cc); debtor only in the forwarded header block"),
           cc=[BOT_ADDR])

    # ------------------------------------------------------------------ read receipts
    r = D.rem("R1")
    when = dt("2026-11-10", "10:02", 3)
    D.mail("mdn_pharm_outlook", when, C["pharm"], [BOT_ADDR], "Прочитано: " + r["subject"],
           mdn_parts(D, "R1", "PLEXCH.pharmalogistic.local; Microsoft Exchange Server", C["pharm"][1],
                     "automatic-action/MDN-sent-automatically; displayed",
                     f"Ваше сообщение\n\n  Кому: {C['pharm'][1]}\n  Тема: {r['subject']}\n\nбыло прочитано "
                     "10.11.2026 10:02.\n", "ru11"),
           label("read_receipt", "ru", invoice_numbers="HR-0431/26", original_message_id=r["id"]))

    r = D.rem("R4")
    when = dt("2026-11-17", "14:15", 5)
    D.mail("mdn_almaty_thunderbird", when, C["almaty"], [BOT_ADDR], "Уведомление о прочтении (показано) - " + r["subject"],
           mdn_parts(D, "R4", "Mozilla Thunderbird 128.4", C["almaty"][1], "manual-action/MDN-sent-manually; displayed",
                     f"Это уведомление о прочтении сообщения, которое вы отправили на адрес {C['almaty'][1]}.\n\n"
                     "Обратите внимание: уведомление лишь подтверждает, что сообщение было показано на компьютере "
                     "получателя.\n", "ru12"),
           label("read_receipt", "ru", invoice_numbers="HR-0439/26", original_message_id=r["id"]))

    r = D.rem("R3")
    when = dt("2026-11-16", "21:40", 3)
    D.mail("prochitano_ryba_plain", when, C["ryba"], [BOT_ADDR], "Прочитано: " + r["subject"],
           text(f"Ваше письмо «{r['subject']}» прочитано получателем {C['ryba'][1]} 16.11.2026 в 21:40.\n\n--\nMail.ru\n"),
           label("read_receipt", "ru", invoice_numbers="HR-0437/26", original_message_id=r["id"],
                 note="non-standard receipt, In-Reply-To only"),
           irt=r["id"])

    # ------------------------------------------------------------------ bounces
    r = D.rem("R2")
    rcpt = C["sever_old"][1]
    when = dt("2026-11-12", "09:31", 3)
    D.mail("bounce_sever_net_yashchika", when, ("mailer-daemon@yandex.ru", "mailer-daemon@yandex.ru"), [("", BOT)],
           "Недоставленное сообщение",
           multipart("mixed", [text(
               "Это письмо создано автоматически сервером Яндекс.Почты.\n\nВаше письмо не доставлено по адресу:\n"
               f"{rcpt}\n\nПричина: такого почтового ящика не существует.\n\n<{rcpt}>: host mx.yandex.net said: "
               "550 5.7.1 No such user!\n\nОригинальное сообщение во вложении.\n"),
               rfc822_part(D, "R2")], "ru14"),
           label("bounce", "ru", invoice_numbers="HR-0433/26", failed_recipients=rcpt, bounce_permanent=True,
                 bounce_reason="user_unknown", original_message_id=r["id"], note="non-standard Russian NDR (Yandex style)"),
           extra=[("X-Failed-Recipients", rcpt)])

    r = D.rem("R6")
    rcpt = C["cvety_old"][1]
    when = dt("2026-11-19", "09:33", 3)
    D.mail("dsn_cvety_yashchik_perepolnen", when, ("Mail Delivery System", "MAILER-DAEMON@mx1.harrowgate-cc.com"),
           [("", BOT)], "Undelivered Mail Returned to Sender",
           multipart("report", [text(
               "This is the mail system at host mx1.harrowgate-cc.com.\n\nI'm sorry to have to inform you that your "
               f"message could not\nbe delivered to one or more recipients.\n\n<{rcpt}>: host mxs.mail.ru[94.100.180.31] "
               "said:\n    552 5.2.2 Mailbox size limit exceeded / Ящик переполнен (in reply to RCPT TO command)\n"),
               dsn_part("mx1.harrowgate-cc.com", rcpt, "failed", "5.2.2",
                        "552 5.2.2 Mailbox size limit exceeded", "mxs.mail.ru"),
               raw_part("text/rfc822-headers", returned_headers(D, "R6"))], "ru15", "report-type=delivery-status"),
           label("bounce", "en", invoice_numbers="HR-0443/26", failed_recipients=rcpt, bounce_permanent=True,
                 bounce_reason="mailbox_full", original_message_id=r["id"]),
           auth=None, mid_domain="mx1.harrowgate-cc.com", rcv_host="localhost")

    r = D.rem("R5")
    rcpt = C["ural_old"][1]
    when = dt("2026-11-18", "09:32", 5)
    D.mail("exim_ural_policy", when, ("Mail Delivery System", "Mailer-Daemon@mail.uralmyaso.ru"), [("", BOT)],
           "Mail delivery failed: returning message to sender",
           multipart("mixed", [text(
               "This message was created automatically by mail delivery software.\n\nA message that you sent could not "
               "be delivered to one or more of its recipients. This is a permanent error. The following address(es) "
               f"failed:\n\n  {rcpt}\n    SMTP error from remote mail server after RCPT TO:<{rcpt}>:\n"
               "    550 5.7.1 Rejected by policy: sender domain not in corporate allowlist\n", charset="us-ascii"),
               rfc822_part(D, "R5")], "ru16"),
           label("bounce", "en", invoice_numbers="HR-0441/26", failed_recipients=rcpt, bounce_permanent=True,
                 bounce_reason="policy", original_message_id=r["id"], note="Exim-style non-DSN bounce"),
           extra=[("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")])

    # ------------------------------------------------------------------ auto-replies
    r = D.rem("R10")
    when = dt("2026-11-26", "09:31", 3)
    D.mail("avtootvet_moloko_otpusk", when, ("Ирина Белова", C["moloko"][1]), [BOT_ADDR], "Автоответ: " + r["subject"],
           text("Здравствуйте!\n\nЯ в отпуске до 14 декабря, выйду на работу 15.12.2026. По срочным вопросам оплаты "
                "обращайтесь к главному бухгалтеру: glavbuh@molochnye-reki.ru.\n\nИрина Белова\n"),
           label("auto_reply", "ru", return_date="2026-12-15", original_message_id=r["id"]),
           irt=r["id"], refs=r["id"], extra=[("Auto-Submitted", "auto-replied")])

    r = D.rem("R8")
    when = dt("2026-11-24", "13:31", 7)
    D.mail("avtootvet_sib_bez_zagolovkov", when, C["sib"], [BOT_ADDR], "Re: " + r["subject"],
           text("Спасибо за письмо! Я в командировке, буду в офисе с 30 ноября. Ответ может задержаться.\n\n"
                "Дмитрий, СибЗаморозка\n"),
           label("auto_reply", "ru", return_date="2026-11-30", original_message_id=r["id"],
                 note="no auto-reply headers; 'Re:' subject"),
           irt=r["id"])

    r = D.rem("R12")
    when = dt("2026-11-30", "11:31", 5)
    D.mail("avtootvet_astana_kz_ru", when, C["astana"], [BOT_ADDR], "Хатыңыз алынды / Ваше письмо получено",
           text("Хатыңыз үшін рахмет! Сіздің хатыңыз алынды және жақын арада қаралады.\n\nСпасибо! Ваше письмо получено "
                "и будет рассмотрено в ближайшее время.\n\nAstana Pharm LLP\n"),
           label("auto_reply", "ru", original_message_id=r["id"], note="Kazakh + Russian acknowledgement, no date"),
           irt=r["id"], extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")])

    # ------------------------------------------------------------------ challenge
    r = D.rem("R13")
    url = "https://check.pochtoviy-shchit.ru/confirm/a91f03c6d2"
    when = dt("2026-12-01", "09:33", 3)
    D.mail("challenge_sever_podtverzhdenie", when, ("Почтовый щит", "robot@pochtoviy-shchit.ru"), [BOT_ADDR],
           "Подтвердите отправку письма",
           text(f"Здравствуйте!\n\nПолучатель {C['sever'][1]} использует защиту от спама. Чтобы ваше письмо "
                f"«{r['subject']}» было доставлено, подтвердите, что вы не робот:\n\n{url}\n\nСсылка действует 72 часа.\n"),
           label("challenge", "ru", challenge=url, original_message_id=r["id"]),
           irt=r["id"], extra=[("Auto-Submitted", "auto-replied")])

    # ------------------------------------------------------------------ payments
    def vypiska(amount, cur, date_, payer, purpose):
        return text(f"Тайга Банк — уведомление о зачислении\n\nСчёт: 40702810900000012345 ООО «Харроугейт Колд Чейн»\n"
                    f"Дата зачисления: {date_}\nСумма: {amount} {cur}\nПлательщик: {payer}\n"
                    f"Назначение платежа: {purpose}\n\nСообщение сформировано автоматически.\n")

    when = dt("2026-11-16", "09:05", 3)
    D.mail("platezh_sever_polny", when, TB, [("", BOT)], "Зачисление 186 000,00 RUB",
           vypiska("186 000,00", "RUB", "16.11.2026", "ООО \"СЕВЕРНЫЙ ХОЛОД\"",
                   "Оплата по счёту № HR-0461/26 от 03.11.2026 за хранение, в т.ч. НДС 22% 33540.98"),
           label("payment_confirmation", "ru", invoice_numbers="HR-0461/26", amount="186000.00", currency="RUB",
                 payment_date="2026-11-16", payment_full=True, note="VAT amount inside purpose text"))

    when = dt("2026-12-04", "09:10", 3)
    D.mail("platezh_ural_dva_scheta", when, TB, [("", BOT)], "Зачисление 96 380,00 RUB",
           vypiska("96 380,00", "RUB", "04.12.2026", "ООО \"УРАЛМЯСО\"",
                   "Оплата по сч. HR-0467/26 - 84180.00, HR-0468/26 - 12200.00, в т.ч. НДС"),
           label("payment_confirmation", "ru", invoice_numbers="HR-0467/26;HR-0468/26", amount="96380.00",
                 currency="RUB", payment_date="2026-12-04", payment_full=True,
                 allocations="HR-0467/26=84180.00;HR-0468/26=12200.00"))

    when = dt("2026-12-03", "12:44", 3)
    D.mail("paykassa_ryba_karta", when, PK, [("", BOT)], "Оплата получена: 18 300,00 ₽",
           alt("PayKassa\n\nОплата по ссылке получена\n\nПлательщик: ИП Кузнецов А.П.\nСумма: 18 300,00 ₽\n"
               "Счёт: HR-0437/26\nДата: 03.12.2026 12:43 МСК\nСпособ: банковская карта (СБП)\n",
               "<h3>Оплата получена</h3><p>ИП Кузнецов А.П.<br>18&nbsp;300,00&nbsp;₽<br>Счёт HR-0437/26<br>"
               "03.12.2026 12:43 МСК</p>", "ru23"),
           label("payment_confirmation", "ru", invoice_numbers="HR-0437/26", amount="18300.00", currency="RUB",
                 payment_date="2026-12-03", payment_full=True))

    when = dt("2026-11-20", "10:00", 3)
    D.mail("platezh_almaty_kzt", when, TB, [("", BOT)], "Зачисление 3 250 000,00 KZT",
           vypiska("3 250 000,00", "KZT", "20.11.2026", "ALMATY FOOD TRADE LLP",
                   "Payment for invoice HR-0439/26"),
           label("payment_confirmation", "ru", invoice_numbers="HR-0439/26", amount="3250000.00", currency="KZT",
                 payment_date="2026-11-20", payment_full=True))

    when = dt("2026-11-27", "09:20", 3)
    D.mail("platezh_vlad_bez_razbivki", when, TB, [("", BOT)], "Зачисление 200 000,00 RUB",
           vypiska("200 000,00", "RUB", "27.11.2026", "ООО \"ВЛАДМОРЕПРОДУКТ\"",
                   "Частичная оплата по счетам HR-0444/26, HR-0446/26"),
           label("payment_confirmation", "ru", invoice_numbers="HR-0444/26;HR-0446/26", amount="200000.00",
                 currency="RUB", payment_date="2026-11-27", payment_full=False, needs_human=True,
                 note="two invoices (152,500 + 85,400) paid partly without split"))

    when = dt("2026-12-07", "09:02", 3)
    forged_top = auth_results("taiga-bank.ru", "softfail", "none", "fail", mailfrom="uvedomleniya@taiga-bank.ru")
    fake = ("mx1.harrowgate-cc.com;\n\tspf=pass smtp.mailfrom=uvedomleniya@taiga-bank.ru;\n\tdkim=pass "
            "header.d=taiga-bank.ru;\n\tdmarc=pass header.from=taiga-bank.ru")
    D.mail("poddelka_taiga_ar", when, TB, [("", BOT)], "Зачисление 488 000,00 RUB",
           vypiska("488 000,00", "RUB", "07.12.2026", "ОАО \"МИНСКИЙ ХЛАДОКОМБИНАТ\"", "Оплата по счёту HR-0452/26"),
           label("other", "ru", invoice_numbers="HR-0452/26", needs_human=True,
                 note="spoofed bank sender: top mx1 Authentication-Results fails; a forged 'pass' AR header sits lower"),
           auth=forged_top, pre=[("Received", "from mailer-promo.info (mailer-promo.info [45.134.26.10])\n\tby relay.mailer-promo.info; "
                                  "Mon, 07 Dec 2026 06:01:44 +0000"), ("Authentication-Results", fake)],
           ip="45.134.26.10", rcv_host="mailer-promo.info")

    # ------------------------------------------------------------------ client replies
    r = D.rem("R13")
    when = dt("2026-12-02", "10:30", 3)
    D.mail("otvet_sever_pyatnica", when, C["sever"], [BOT_ADDR], "Re: " + r["subject"],
           text(q(D, "R13", "Добрый день!\n\nСчёт HR-0455/26 оплатим в пятницу, 11 декабря.\n\nГлавный бухгалтер\n"
                            "Н. В. Орлова")),
           label("client_reply", "ru", invoice_numbers="HR-0455/26", intent="promise", promised_date="2026-12-11",
                 original_message_id=r["id"]),
           **reply_refs(D, "R13"))

    r = D.rem("R7")
    when = dt("2026-11-23", "15:20", 10)
    D.mail("otvet_vlad_konec_sled_nedeli", when, C["vlad"], [BOT_ADDR], "RE: " + r["subject"],
           text(q(D, "R7", "Здравствуйте.\n\nОстаток по HR-0444/26 и HR-0446/26 закроем в конце следующей недели.\n\n"
                           "Бухгалтерия Владморепродукт")),
           label("client_reply", "ru", invoice_numbers="HR-0444/26;HR-0446/26", intent="promise",
                 promised_date="2026-12-04", original_message_id=r["id"],
                 note="'в конце следующей недели' written Mon 23 Nov -> Fri 4 Dec"),
           **reply_refs(D, "R7"))

    r = D.rem("R11")
    when = dt("2026-11-30", "11:00", 3)
    D.mail("otvet_minsk_uslovie", when, C["minsk"], [BOT_ADDR], "RE: " + r["subject"],
           text(q(D, "R11", "Добрый день.\n\nПри условии поступления средств от нашего заказчика оплату по счёту "
                            "HR-0452/26 произведём до 18.12.2026.\n\nС уважением,\nфинансовый отдел ОАО «Минский "
                            "хладокомбинат»")),
           label("client_reply", "ru", invoice_numbers="HR-0452/26", intent="promise", promised_date="2026-12-18",
                 needs_human=True, original_message_id=r["id"], note="conditional promise"),
           **reply_refs(D, "R11"))

    r = D.rem("R8")
    when = dt("2026-12-01", "12:10", 7)
    earlier = ("> 25.11.2026, Дмитрий <oplata@sibzamorozka.ru>:\n> Оплатим HR-0447/26 30 ноября, как договаривались.\n")
    D.mail("otvet_sib_otkaz_ot_obeshchaniya", when, ("Дмитрий Лисин", C["sib"][1]), [BOT_ADDR], "Re: " + r["subject"],
           text("Добрый день.\n\nК сожалению, оплатить 30.11, как обещали, не получилось, и новый срок пока назвать не "
                "можем — ждём решения банка по кредитной линии.\n\nДмитрий\n\n" + earlier + ">\n" +
                "\n".join("> " + x for x in r["body"].splitlines()) + "\n"),
           label("client_reply", "ru", invoice_numbers="HR-0447/26", intent="other", needs_human=True,
                 original_message_id=r["id"], note="negated/broken promise (quoted 30 Nov), no new date"),
           **reply_refs(D, "R8"))

    r = D.rem("R1")
    when = dt("2026-12-02", "16:40", 3)
    earlier = ("> 12.11.2026 Бухгалтерия ФармаЛогистик пишет:\n> Оплату по HR-0431/26 планируем провести в начале "
               "декабря.\n")
    D.mail("otvet_pharm_oplacheno", when, C["pharm"], [BOT_ADDR], "RE: " + r["subject"],
           text("Добрый день!\n\nСчёт HR-0431/26 оплачен платёжным поручением № 1843 от 02.12.2026 на сумму "
                "732 000,00 руб. Просим проверить поступление.\n\nБухгалтерия ФармаЛогистик\n\n" + earlier + ">\n" +
                "\n".join("> " + x for x in r["body"].splitlines()) + "\n"),
           label("client_reply", "ru", invoice_numbers="HR-0431/26", intent="paid", amount="732000.00", currency="RUB",
                 payment_date="2026-12-02", original_message_id=r["id"], note="quotes earlier 'we plan to pay' talk"),
           **reply_refs(D, "R1"))

    r = D.rem("R10")
    when = dt("2026-11-27", "10:15", 3)
    D.mail("otvet_moloko_pretenziya", when, ("Главный бухгалтер", "glavbuh@molochnye-reki.ru"), [BOT_ADDR],
           "Претензия по счёту HR-0450/26",
           text(q(D, "R10", "Добрый день.\n\nАкт по счёту HR-0450/26 мы не подписываем: 19–20 ноября в камере №4 "
                            "температура поднималась до +9 °C, часть йогуртов списана. Направляем претензию, оплата "
                            "будет произведена после её рассмотрения.\n\nГлавный бухгалтер А. Соколова")),
           label("client_reply", "ru", invoice_numbers="HR-0450/26", intent="dispute", needs_human=True,
                 original_message_id=r["id"], note="reply from a colleague after the contact's auto-reply"),
           **reply_refs(D, "R10"))

    r = D.rem("R5")
    when = dt("2026-11-19", "11:30", 5)
    D.mail("otvet_ural_rassrochka", when, C["ural"], [BOT_ADDR], "Re: " + r["subject"],
           text(q(D, "R5", "Здравствуйте!\n\nПросим предоставить рассрочку по счёту HR-0441/26: три платежа по "
                           "81 333,33 руб. — 15 декабря, 15 января и 15 февраля.\n\nФинотдел Уралмясо")),
           label("client_reply", "ru", invoice_numbers="HR-0441/26", intent="plan", needs_human=True,
                 original_message_id=r["id"], note="reply from a different address of the debtor (original one bounced)"),
           **reply_refs(D, "R5"))

    r = D.rem("R15")
    when = dt("2026-12-03", "14:00", 3)
    D.mail("otvet_cvety_prekratit_formalno", when, ("Генеральный директор", "director@cvety-vostoka.ru"), [BOT_ADDR],
           "Re: " + r["subject"],
           text(q(D, "R15", "Уважаемые господа!\n\nПросим прекратить направление напоминаний на данный адрес "
                            "электронной почты. Вся переписка по расчётам ведётся исключительно через ЭДО (Диадок) "
                            "и по официальному адресу общества.\n\nГенеральный директор\nООО «Цветы Востока»")),
           label("client_reply", "ru", invoice_numbers="HR-0457/26", intent="stop", needs_human=True,
                 original_message_id=r["id"]),
           **reply_refs(D, "R15"))

    r = D.rem("R4")
    when = dt("2026-11-18", "10:20", 5)
    D.mail("otvet_almaty_ne_poluchali", when, C["almaty"], [BOT_ADDR], "Re: " + r["subject"],
           text(q(D, "R4", "Добрый день!\n\nСчёт HR-0439/26 мы не получали. Пришлите, пожалуйста, ещё раз вместе с "
                           "актом выполненных работ.\n\nFinance Almaty Food Trade")),
           label("client_reply", "ru", invoice_numbers="HR-0439/26", intent="not_received", original_message_id=r["id"]),
           **reply_refs(D, "R4"))

    r = D.rem("R12")
    when = dt("2026-12-01", "09:50", 5)
    D.mail("otvet_astana_rekvizity", when, ("Айгерим Нурланова", "a.nurlanova@astanapharm.kz"), [BOT_ADDR],
           "RE: " + r["subject"],
           text(q(D, "R12", "Здравствуйте!\n\nДля оплаты HR-0453/26 в долларах нам нужны реквизиты валютного счёта "
                            "(SWIFT, банк-корреспондент). Рублёвые реквизиты из письма нам не подходят.\n\n"
                            "Айгерим Нурланова, бухгалтер")),
           label("client_reply", "ru", invoice_numbers="HR-0453/26", intent="payment_details",
                 original_message_id=r["id"]),
           cc=[C["astana"]], **reply_refs(D, "R12"))

    r = D.rem("R11")
    when = dt("2026-12-04", "12:30", 3)
    D.mail("otvet_minsk_vopros_yurlico", when, ("Секретарь финансового директора", "priemnaya@minskholod.by"),
           [BOT_ADDR], "RE: " + r["subject"],
           text(q(D, "R11", "Добрый день!\n\nПо поручению финансового директора уточняю: можно ли перевыставить счёт "
                            "HR-0452/26 на наше дочернее общество ООО «Минскхолод-Логистик»? Реквизиты пришлём.\n\n"
                            "Секретарь, приёмная финансового директора")),
           label("client_reply", "ru", invoice_numbers="HR-0452/26", intent="question", needs_human=True,
                 original_message_id=r["id"], note="assistant writing on behalf of the finance director"),
           **reply_refs(D, "R11"))

    r = D.rem("R14")
    when = dt("2026-12-03", "08:05", 3)
    D.mail("otvet_ryba_telefon", when, C["ryba"], [BOT_ADDR], "Re: " + r["subject"],
           text(q(D, "R14", "ок оплачу в пн\n\nОтправлено из мобильной Почты Mail.ru")),
           label("client_reply", "ru", invoice_numbers="HR-0437/26", intent="promise", promised_date="2026-12-07",
                 original_message_id=r["id"], note="phone-typed 'в пн' (Monday) written Thu 3 Dec"),
           **reply_refs(D, "R14"))

    r = D.rem("R9")
    when = dt("2026-11-26", "15:40", 5)
    D.mail("reply_tash_english_paid_dispute", when, C["tash"], [BOT_ADDR], "Re: " + r["subject"],
           text(reply_body(D, "R9", "Hello,\n\nWe paid USD 5,000.00 of invoice HR-0449/26 on 25 November. The remaining "
                                    "USD 1,200.00 is demurrage for the truck at the Kazakh border, which was caused by "
                                    "your driver's missing documents - we do not accept it.\n\nBest regards,\n"
                                    "Rustam Karimov\nTashkent Fruit Export")),
           label("client_reply", "en", invoice_numbers="HR-0449/26", intent="dispute", amount="5000.00", currency="USD",
                 payment_date="2026-11-25", needs_human=True, original_message_id=r["id"],
                 note="English reply to a Russian reminder; mixed partial paid claim + dispute"),
           **reply_refs(D, "R9"))

    # ------------------------------------------------------------------ staff
    when = dt("2026-12-03", "17:00", 3)
    D.mail("staff_komanda_dispute", when, OLGA, [BOT_ADDR], "dispute HR-0450/26",
           text("dispute HR-0450/26\nnote: претензия Молочных рек по температуре, разбирается склад\n"),
           label("staff_command", "ru", invoice_numbers="HR-0450/26", note="command: dispute"))

    when = dt("2026-12-08", "10:20", 3)
    D.mail("staff_yuristy_kuznecov", when, ARTEM, [BOT_ADDR], "Кузнецов — передаём юристам",
           text("Коллеги,\n\nпо ИП Кузнецов (HR-0437/26 оплачен, но есть старый долг по HR-0401/26) напоминания больше не "
                "отправлять — передаём вопрос юристам.\n\nАртём\n"),
           label("staff_command", "ru", invoice_numbers="HR-0401/26", note="hand-written: stop chasing, hand to lawyers"))

    # ------------------------------------------------------------------ other
    when = dt("2026-11-24", "08:00", 3)
    D.mail("rassylka_logistika", when, ("Холодная логистика", "news@coldlogistics-digest.ru"), [("", BOT)],
           "Дайджест: маркировка «Честный знак» для охлаждённой продукции",
           alt("Дайджест «Холодная логистика»\n\n— Маркировка охлаждённой продукции с 2027 года\n— Тарифы РЖД на "
               "рефконтейнеры\n\nОтписаться: https://coldlogistics-digest.ru/unsubscribe\n",
               "<h2>Холодная логистика</h2><ul><li>Маркировка</li><li>Тарифы РЖД</li></ul>", "ru42"),
           label("other", "ru", note="newsletter"),
           extra=[("List-Unsubscribe", "<https://coldlogistics-digest.ru/unsubscribe>"), ("Precedence", "bulk")])

    when = dt("2026-11-29", "02:14", 3)
    D.mail("spam_fns", when, ("ФНС России", "uvedomlenie@fns-nalog-lk.online"), [("", BOT)],
           "Требование о предоставлении пояснений",
           text("Уважаемый налогоплательщик!\n\nВ отношении вашей организации сформировано требование. Скачайте документ "
                "по ссылке: http://fns-nalog-lk.online/trebovanie.zip\n"),
           label("other", "ru", note="spam/phishing impersonating the tax service"), auth=("fail", "none", "fail"))

    when = dt("2026-12-09", "13:30", 3)
    D.mail("chuzhoy_rezyume", when, ("Марина Ковалёва", "marina.kovaleva.buh@yandex.ru"), [("", BOT)],
           "Резюме: бухгалтер по расчётам с покупателями",
           text("Добрый день!\n\nУвидела вашу вакансию бухгалтера на hh.ru, но откликнуться на сайте не получилось. "
                "Отправляю резюме письмом. Опыт работы с дебиторской задолженностью — 6 лет.\n\nМарина Ковалёва\n"),
           label("other", "ru", needs_human=True, note="stranger, job application"))

    return D

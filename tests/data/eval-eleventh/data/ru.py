"""Russian desk: ООО «Фростлайн Рус», Moscow (RUB, Europe/Moscow)."""
from .common import human, E, bot_mid, BOT, DESKS
from . import machine as M

D = "ru"
OLGA = ("Ольга Смирнова", "o.smirnova@frostline-rus.ru")
DIMA = ("Дмитрий Кузнецов", "d.kuznetsov@frostline-rus.ru")
BOTA = ("Фростлайн Рус — дебиторская задолженность", BOT)
REKV = ("Реквизиты: ООО «Фростлайн Рус», ИНН 7722456910, КПП 772201001,\nр/с 40702810400000012345 в АО «Волгакомбанк», "
        "к/с 30101810900000000777, БИК 044525777")

CLIENTS = {
    "sevryba": ("Анна Белова", "buh@sevryba-trade.ru", "ООО «Северная рыба», 183038, г. Мурманск, ул. Траловая, д. 12"),
    "molkray": ("Сергей Орлов", "oplata@molkray.ru", "АО «Молочный край», 141300, МО, г. Сергиев Посад, ул. Заводская, 7"),
    "farm": ("Елена Морозова", "finance@farmlogistik.ru", "ООО «ФармЛогистик», 115432, г. Москва, пр-т Андропова, 18, к. 3"),
    "gavrilov": ("Алексей Гаврилов", "gavrilov.konditer@mail.ru", "ИП Гаврилов А. Н., 390000, г. Рязань, ул. Почтовая, 55"),
    "aisberg": ("Татьяна Лебедева", "buh@aisberg-opt.ru", "ООО «Айсберг-Опт», 603001, г. Нижний Новгород, ул. Рождественская, 20"),
    "nochi": ("Игорь Соколов", "accounts@belye-nochi-rg.ru", "ООО «РГ Белые ночи», 191186, г. Санкт-Петербург, наб. р. Мойки, 40"),
    "gkb": ("Контрактная служба", "zakupki@gkb12-msk.ru", "ГБУЗ «ГКБ № 12 ДЗМ», 115516, г. Москва, ул. Бакинская, 26"),
    "sibholod": ("Марина Ковалёва", "buhgalteria@sibholod.ru", "ООО «ТК Сибирский холод», 630108, г. Новосибирск, ул. Станционная, 30"),
    "anatolia": ("Mehmet Yıldız", "muhasebe@anatolia-food.ru", "ООО «Анатолия Фуд», 350000, г. Краснодар, ул. Северная, 326"),
    "myaso": ("Виктор Павлов", "oplata@myasnoy-dvor.ru", "ООО «Мясной двор», 394036, г. Воронеж, ул. Кольцовская, 9"),
}
EXTRA_CONTACTS = ["a.belova@sevryba-trade.ru", "s.orlov@molkray.ru", "t.lebedeva@aisberg-opt.ru", "i.sokolov@belye-nochi-rg.ru",
                  "mehmet.yildiz@anatolia-food.ru", "pavlov.vv@yandex.ru", "e.morozova@farmlogistik.ru", "sklad@myasnoy-dvor.ru"]
EARLIER = ["ФЛ-26/0301", "ФЛ-26/0309", "ФЛ-26/0314", "ФЛ-26/0318", "ФЛ-26/0322", "ФЛ-26/0327", "ФЛ-26/0330", "ФЛ-26/0336"]


def c(k):
    n, a, _ = CLIENTS[k]
    return (n, a)


POD_O = "\n\nС уважением,\nОльга Смирнова\nведущий бухгалтер по расчётам с клиентами\nООО «Фростлайн Рус»\nтел. +7 (495) 640-18-27, доб. 214\n"
POD_D = "\n\nС уважением,\nДмитрий Кузнецов\nменеджер по работе с клиентами, ООО «Фростлайн Рус»\n"


def build():
    out = []
    add = out.append
    # ------------------------------------------------------------ счета
    add(E("01_schet_bankovskie_dni_sevryba", human(D, frm=OLGA, to=c("sevryba"), cc=BOTA,
        subject="Счёт № ФЛ-26/0345 от 02.11.2026 за хранение в октябре", date="2026-11-02 11:05",
        body="Добрый день, Анна Викторовна!\n\nНаправляем счёт на оплату услуг хранения мороженой рыбы за октябрь 2026 г.\n\n"
             "  Счёт № ФЛ-26/0345 от 02.11.2026\n  Хранение при −25 °C, 1 500 паллето-суток × 200,00 = 300 000,00 руб.\n"
             "  НДС 22 %: 66 000,00 руб.\n  Всего к оплате: 366 000,00 руб. (Триста шестьдесят шесть тысяч рублей 00 копеек)\n\n"
             "Срок оплаты — 10 банковских дней с даты выставления счёта (до 16.11.2026 включительно). УПД направим через ЭДО.\n\n" + REKV + POD_O),
        "invoice_copy", "ru", invoice_numbers="ФЛ-26/0345", amount="366000.00", currency="RUB", issue_date="2026-11-02",
        due_date="2026-11-16", payment_terms_days="", needs_human=False, note="10 banking days, not a plain day count"))

    add(E("02_predoplata_50_molkray", human(D, frm=DIMA, to=c("molkray"), cc=BOTA,
        subject="Счёт на предоплату ФЛ-26/0351 по договору № 77/26-Х", date="2026-11-05 16:20",
        body="Сергей Петрович, добрый вечер!\n\nКак договаривались, по договору № 77/26-Х на сезонную аренду холодильной камеры "
             "(общая стоимость 1 200 000,00 руб., в т. ч. НДС 22 %) выставляем счёт на предоплату 50 %:\n\n"
             "  Счёт № ФЛ-26/0351 от 05.11.2026\n  Предоплата 50 % по договору — 600 000,00 руб., в т. ч. НДС 22 % — 108 196,72 руб.\n\n"
             "Просим оплатить до 13.11.2026. Оставшиеся 50 % — по факту, после подписания акта." + POD_D),
        "invoice_copy", "ru", invoice_numbers="ФЛ-26/0351", amount="600000.00", currency="RUB", issue_date="2026-11-05",
        due_date="2026-11-13", payment_terms_days="", needs_human=False, note="contract total 1200000 vs 50% prepayment 600000 due now"))

    add(E("03_upd_i_schet_farm", human(D, frm=OLGA, to=c("farm"), cc=BOTA,
        subject="ФармЛогистик: счёт ФЛ-26/0358 и УПД № 412", date="2026-11-09 10:40",
        body="Елена, здравствуйте!\n\nВо вложении (и ниже) документы за октябрь:\n— счёт на оплату № ФЛ-26/0358 от 09.11.2026;\n— УПД № 412 от 31.10.2026 (статус 1).\n\n"
             "Сумма: 1 098 000,00 руб., в т. ч. НДС 22 % — 198 000,00 руб.\nОплата в течение 30 календарных дней, т. е. до 09.12.2026.\n\n" + REKV + POD_O),
        "invoice_copy", "ru", invoice_numbers="ФЛ-26/0358", amount="1098000.00", currency="RUB", issue_date="2026-11-09",
        due_date="2026-12-09", payment_terms_days=30, needs_human=False, note="УПД № 412 is the shipping/tax document, not the invoice number"))

    add(E("04_schet_i_akt_sverki_aisberg", human(D, frm=DIMA, to=c("aisberg"), cc=BOTA,
        subject="Новый счёт ФЛ-26/0362 + акт сверки на 10.11.2026", date="2026-11-10 14:55",
        body="Татьяна, добрый день!\n\nВысылаю новый счёт и заодно акт сверки.\n\nСчёт № ФЛ-26/0362 от 10.11.2026 — доставка мороженого рефрижератором, 6 рейсов — "
             "84 180,00 руб. (в т. ч. НДС 22 % 15 180,00). Оплата в течение 14 дней.\n\n"
             "Акт сверки взаимных расчётов на 10.11.2026:\n  ФЛ-26/0318 от 12.10.2026 — 166 200,00 (не оплачен)\n  ФЛ-26/0362 от 10.11.2026 — 84 180,00\n"
             "  Сальдо в пользу ООО «Фростлайн Рус»: 250 380,00 руб.\n\nПодпишите акт, пожалуйста, и верните скан." + POD_D),
        "invoice_copy", "ru", invoice_numbers="ФЛ-26/0362", amount="84180.00", currency="RUB", issue_date="2026-11-10",
        due_date="2026-11-24", payment_terms_days=14, needs_human=False, note="reconciliation balance 250380 includes ФЛ-26/0318"))

    add(E("05_korrektirovka_gavrilov", human(D, frm=OLGA, to=c("gavrilov"), cc=BOTA,
        subject="Корректировочный УПД ФЛ-26/0367-К к счёту ФЛ-26/0301", date="2026-11-12 12:00",
        body="Алексей Николаевич, добрый день!\n\nПо вашей претензии от 30.10 (повреждённые торты при доставке) оформили корректировку на уменьшение:\n\n"
             "  Корректировочный УПД № ФЛ-26/0367-К от 12.11.2026 к счёту ФЛ-26/0301\n  Уменьшение стоимости: 12 200,00 руб. (в т. ч. НДС 22 % 2 200,00)\n\n"
             "Остаток к оплате по счёту ФЛ-26/0301: 48 800,00 руб. вместо 61 000,00 руб." + POD_O),
        "invoice_copy", "ru", invoice_numbers="ФЛ-26/0367-К;ФЛ-26/0301", amount="-12200.00", currency="RUB", issue_date="2026-11-12",
        due_date="", payment_terms_days="", needs_human=True, note="correction document reducing ФЛ-26/0301 to 48800"))

    add(E("06_cp1251_sibholod", human(D, frm=DIMA, to=c("sibholod"), cc=BOTA, charset="windows-1251", cte="base64",
        subject="Счет N ФЛ-26/0370 от 17.11.2026", date="2026-11-17 09:10",
        body="Марина, добрый день.\n\nСчет на оплату N ФЛ-26/0370 от 17.11.2026\nПеревозка Москва - Новосибирск, 3 рефрижератора, t -18 C\n"
             "Сумма без НДС: 375 000,00 руб.\nНДС 22%: 82 500,00 руб.\nИтого к оплате: 457 500,00 руб.\n"
             "Срок оплаты - 14 календарных дней (до 01.12.2026).\n\n" + REKV.replace("«", '"').replace("»", '"') + "\n\nС уважением,\nДмитрий Кузнецов"),
        "invoice_copy", "ru", invoice_numbers="ФЛ-26/0370", amount="457500.00", currency="RUB", issue_date="2026-11-17",
        due_date="2026-12-01", payment_terms_days=14, needs_human=False, note="windows-1251, base64"))

    add(E("07_koi8_avans_zachten_nochi", human(D, frm=OLGA, to=c("nochi"), cc=BOTA, charset="koi8-r", cte="quoted-printable",
        subject="Счёт ФЛ-26/0374 (с зачётом аванса)", date="2026-11-19 15:30",
        body="Игорь, добрый день!\n\nСчёт N ФЛ-26/0374 от 19.11.2026 за хранение и доставку продукции в ноябре:\n\n"
             "  Итого по счёту: 96 380,00 руб. (в т. ч. НДС 22 % 17 380,00)\n  Зачтён аванс от 01.11.2026: -30 000,00 руб.\n"
             "  К оплате: 66 380,00 руб.\n\nОплатить до 30.11.2026.\n\nС уважением,\nОльга Смирнова"),
        "invoice_copy", "ru", invoice_numbers="ФЛ-26/0374", amount="66380.00", currency="RUB", issue_date="2026-11-19",
        due_date="2026-11-30", payment_terms_days="", needs_human=False, note="advance 30000 offset; koi8-r QP"))

    add(E("08_goskontrakt_etap_gkb", human(D, frm=DIMA, to=c("gkb"), cc=BOTA,
        subject="Счёт ФЛ-26/0379 — этап 2 по контракту № 0373200012326000417", date="2026-11-23 11:15",
        body="Уважаемые коллеги!\n\nНаправляем счёт по второму этапу исполнения контракта № 0373200012326000417 "
             "(цена контракта 2 880 000,00 руб., НДС не облагается на основании пп. 1 п. 2 ст. 149 НК РФ).\n\n"
             "  Счёт № ФЛ-26/0379 от 23.11.2026, этап 2 из 4 — 720 000,00 руб.\n\n"
             "Оплата в соответствии с п. 2.6 контракта — в течение 7 рабочих дней с даты подписания заказчиком документа о приёмке в ЕИС. "
             "Документ о приёмке размещён в ЕИС 23.11.2026." + POD_D),
        "invoice_copy", "ru", invoice_numbers="ФЛ-26/0379", amount="720000.00", currency="RUB", issue_date="2026-11-23",
        due_date="", payment_terms_days="", needs_human=True,
        note="due depends on acceptance signature; contract number is not an invoice number"))

    # ------------------------------------------------------------ прочтения
    r1 = bot_mid("20261105100000/ru-r1")
    add(E("09_prochitano_outlook_sevryba", M.mdn(D, date="2026-11-05 12:41", frm="Белова Анна Викторовна <a.belova@sevryba-trade.ru>",
        frm_domain="sevryba-trade.ru", subject="Прочитано: Получили ли вы счёт ФЛ-26/0345?",
        human_text="Ваше сообщение\n\n  Кому: Белова Анна Викторовна\n  Тема: Получили ли вы счёт ФЛ-26/0345?\n  Отправлено: 05.11.2026 10:00\n\n"
                   "было прочитано 05.11.2026 12:41.", final_rcpt="a.belova@sevryba-trade.ru", omid=r1, ua="Microsoft Exchange Server 2019"),
        "read_receipt", "ru", invoice_numbers="ФЛ-26/0345", original_message_id=r1))

    r2 = bot_mid("20261116090000/ru-r2")
    add(E("10_thunderbird_aisberg", M.mdn(D, date="2026-11-16 10:03", frm="Лебедева Татьяна <t.lebedeva@aisberg-opt.ru>",
        frm_domain="aisberg-opt.ru", subject="Уведомление о прочтении (отображено) - Напоминание: счёт ФЛ-26/0318",
        human_text="Это уведомление о прочтении сообщения, отправленного вами на адрес t.lebedeva@aisberg-opt.ru.\n\n"
                   "Примечание: это уведомление лишь подтверждает, что сообщение было отображено на компьютере получателя. "
                   "Нет гарантии, что получатель прочитал или понял содержимое сообщения.",
        final_rcpt="t.lebedeva@aisberg-opt.ru", omid=r2, ua="Mozilla Thunderbird; Thunderbird 128.5.0"),
        "read_receipt", "ru", invoice_numbers="ФЛ-26/0318", original_message_id=r2))

    r3 = bot_mid("20261124090000/ru-r3")
    add(E("11_the_bat_myaso", M.mdn(D, date="2026-11-24 17:55", frm="Павлов Виктор <oplata@myasnoy-dvor.ru>", frm_domain="myasnoy-dvor.ru",
        subject="Прочитано: Счёт ФЛ-26/0327 просрочен",
        human_text="Ваше сообщение для oplata@myasnoy-dvor.ru от 24.11.2026 09:00 с темой \"Счёт ФЛ-26/0327 просрочен\" было прочитано 24.11.2026 17:55.",
        final_rcpt="oplata@myasnoy-dvor.ru", omid=r3, ua="The Bat! (v11.2.1) Professional"),
        "read_receipt", "ru", invoice_numbers="ФЛ-26/0327", original_message_id=r3))

    # ------------------------------------------------------------ возвраты
    b1 = bot_mid("20261106100000/ru-b1")
    add(E("12_mailru_yashchik_perepolnen", M.dsn(D, date="2026-11-06 10:01", reporter="corp.mail.ru",
        frm="Mail Delivery System <mailer-daemon@corp.mail.ru>", subject="Недоставленное сообщение",
        rcpts=[("gavrilov.konditer@mail.ru", "5.2.2", "552 5.2.2 Message rejected: recipient mailbox is full")],
        human_text="Сообщение не было доставлено.\n\nПочтовый ящик получателя gavrilov.konditer@mail.ru переполнен. "
                   "Попробуйте отправить письмо позже или свяжитесь с получателем другим способом.\n\n"
                   "This message was created automatically by mail delivery software.\nRecipient mailbox is full.",
        subject_orig="Напоминание: счёт ФЛ-26/0301", omid=b1, odate="2026-11-06 10:00",
        reporting_mta="mxs.mail.ru", report_lang_header="ru"),
        "bounce", "ru", failed_recipients="gavrilov.konditer@mail.ru", bounce_permanent=True, bounce_reason="mailbox_full",
        original_message_id=b1, invoice_numbers="ФЛ-26/0301"))

    b2 = bot_mid("20261113090000/ru-b2")
    add(E("13_yandex_spam", M.dsn(D, date="2026-11-13 09:01", reporter="yandex.ru",
        frm="mailer-daemon@yandex.ru", subject="Письмо не доставлено / Undelivered Mail",
        rcpts=[("pavlov.vv@yandex.ru", "5.7.1", "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc")],
        human_text="Это письмо создано автоматически сервером Яндекс.Почты.\n\nВаше письмо не может быть доставлено получателю pavlov.vv@yandex.ru: "
                   "письмо отклонено по подозрению в спаме.\n\nThis message was created automatically by Yandex mail delivery software.\n"
                   "Message rejected under suspicion of SPAM.",
        subject_orig="Счёт ФЛ-26/0327 — дружеское напоминание", omid=b2, odate="2026-11-13 09:00",
        reporting_mta="mail-nwsmtp-smtp-production-main-62.iva.yp-c.yandex.net", remote_mta="mx.yandex.ru"),
        "bounce", "ru", failed_recipients="pavlov.vv@yandex.ru", bounce_permanent=True, bounce_reason="spam",
        original_message_id=b2, invoice_numbers="ФЛ-26/0327", note="bilingual Yandex text"))

    b3 = bot_mid("20261118090000/ru-b3")
    add(E("14_postfix_net_yashchika_nochi", M.dsn(D, date="2026-11-18 09:00", reporter="out.frostline-group.com",
        rcpts=[("i.sokolov@belye-nochi-rg.ru", "5.1.1", "550 5.1.1 <i.sokolov@belye-nochi-rg.ru>: Mailbox does not exist")],
        human_text="This is the mail system at host out.frostline-group.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                   "<i.sokolov@belye-nochi-rg.ru>: host mx.belye-nochi-rg.ru[192.0.2.33] said: 550 5.1.1\n    <i.sokolov@belye-nochi-rg.ru>: Mailbox does not exist (in reply to RCPT TO command)",
        subject_orig="Получили ли вы счёт ФЛ-26/0374?", omid=b3, odate="2026-11-18 08:59",
        reporting_mta="out.frostline-group.com", remote_mta="mx.belye-nochi-rg.ru", body_part="full",
        orig_body="Добрый день! Напоминаем о счёте ФЛ-26/0374 ..."),
        "bounce", "en", failed_recipients="i.sokolov@belye-nochi-rg.ru", bounce_permanent=True, bounce_reason="user_unknown",
        original_message_id=b3, invoice_numbers="ФЛ-26/0374", note="Cyrillic subject in the returned original"))

    b4 = bot_mid("20261125080000/ru-b4")
    add(E("15_exchange_delay_anatolia", M.dsn(D, date="2026-11-25 12:00", reporter="anatolia-food.ru", action="delayed",
        frm="Microsoft Outlook <postmaster@anatolia-food.ru>", subject="Delivery Status Notification (Delay)",
        rcpts=[("mehmet.yildiz@anatolia-food.ru", "4.4.7", "451 4.4.7 Message delayed")],
        human_text="Delivery is delayed to these recipients or groups:\n\nmehmet.yildiz@anatolia-food.ru\n\n"
                   "Subject: Напоминание: счёт ФЛ-26/0336\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n"
                   "The server will keep trying to deliver this message for the next 1 days, 19 hours and 57 minutes. You'll be notified if the message can't be delivered by that time.",
        subject_orig="Напоминание: счёт ФЛ-26/0336", omid=b4, odate="2026-11-25 08:00", reporting_mta="EXCH-KRD.anatolia.local"),
        "bounce", "en", failed_recipients="mehmet.yildiz@anatolia-food.ru", bounce_permanent=False, bounce_reason="other",
        original_message_id=b4, invoice_numbers="ФЛ-26/0336", note="Exchange delay notice"))

    b5 = bot_mid("20261130090000/ru-b5")
    add(E("16_policy_content_filter_gkb", M.dsn(D, date="2026-11-30 09:02", reporter="out.frostline-group.com",
        rcpts=[("zakupki@gkb12-msk.ru", "5.7.1", "550 5.7.1 Message rejected by content filter: external links are not allowed (policy MED-SEC-04)")],
        human_text="This is the mail system at host out.frostline-group.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                   "<zakupki@gkb12-msk.ru>: host mx1.gkb12-msk.ru[192.0.2.12] said: 550 5.7.1\n    Message rejected by content filter: external links are not allowed (policy\n    MED-SEC-04) (in reply to end of DATA command)",
        subject_orig="Получили ли вы счёт ФЛ-26/0379?", omid=b5, odate="2026-11-30 09:01",
        reporting_mta="out.frostline-group.com", remote_mta="mx1.gkb12-msk.ru"),
        "bounce", "en", failed_recipients="zakupki@gkb12-msk.ru", bounce_permanent=True, bounce_reason="policy",
        original_message_id=b5, invoice_numbers="ФЛ-26/0379"))

    # ------------------------------------------------------------ автоответы
    a1 = bot_mid("20261103100000/ru-a1")
    add(E("17_otpusk_prazdnik_farm", human(D, frm=("Морозова Елена", "e.morozova@farmlogistik.ru"), to=BOTA,
        subject="Автоответ: Счёт ФЛ-26/0330 — напоминание", date="2026-11-03 10:00", in_reply_to=a1,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="Здравствуйте!\n\nЯ в отпуске до 4 ноября (праздник) включительно, на связи с 5-го. По срочным вопросам оплаты — finance@farmlogistik.ru.\n\n"
             "Елена Морозова"),
        "auto_reply", "ru", return_date="2026-11-05", original_message_id=a1, invoice_numbers="ФЛ-26/0330"))

    a2 = bot_mid("20261116100000/ru-a2")
    add(E("18_otpusk_standart_molkray", human(D, frm=("Орлов Сергей Петрович", "s.orlov@molkray.ru"), to=BOTA,
        subject="Автоматический ответ: Счёт ФЛ-26/0351 — срок оплаты истёк", date="2026-11-16 10:00", in_reply_to=a2,
        headers=[("Auto-Submitted", "auto-replied")],
        body="Добрый день!\n\nС 16 по 20 ноября я нахожусь в служебной командировке. Выйду на работу в понедельник, 23 ноября.\n"
             "Вопросы по оплате можно направлять на oplata@molkray.ru.\n\nС уважением,\nС. П. Орлов"),
        "auto_reply", "ru", return_date="2026-11-23", original_message_id=a2, invoice_numbers="ФЛ-26/0351"))

    a3 = bot_mid("20261123090000/ru-a3")
    add(E("19_otomatik_yanit_anatolia", human(D, frm=("Mehmet Yıldız", "mehmet.yildiz@anatolia-food.ru"), to=BOTA,
        subject="Otomatik yanıt: Напоминание: счёт ФЛ-26/0336", date="2026-11-23 09:00", in_reply_to=a3,
        headers=[("Auto-Submitted", "auto-replied")],
        body="Merhaba,\n\n27 Kasım Cuma gününe kadar yıllık izindeyim. 30 Kasım Pazartesi günü ofiste olacağım.\n"
             "Acil konular için muhasebe@anatolia-food.ru adresine yazabilirsiniz.\n\nЯ в отпуске до 27 ноября.\n\nSaygılarımla,\nMehmet Yıldız"),
        "auto_reply", "tr", return_date="2026-11-30", original_message_id=a3, invoice_numbers="ФЛ-26/0336"))

    a4 = bot_mid("20261124100000/ru-a4")
    add(E("20_zayavka_zaregistrirovana_gkb", human(D, frm=("Служба поддержки ГКБ № 12", "helpdesk@gkb12-msk.ru"), to=BOTA,
        subject="[Заявка № 2026-11-04417] Ваше обращение зарегистрировано", date="2026-11-24 10:01", in_reply_to=a4,
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        body="Уважаемый отправитель!\n\nВаше обращение зарегистрировано под номером 2026-11-04417 и передано в контрактную службу. "
             "Срок рассмотрения — до 10 рабочих дней.\n\nНе отвечайте на это письмо: оно отправлено автоматически."),
        "auto_reply", "ru", return_date="", original_message_id=a4))

    a5 = bot_mid("20261127090000/ru-a5")
    add(E("21_bolnichny_bez_zagolovkov_aisberg", human(D, frm=("Лебедева Татьяна", "t.lebedeva@aisberg-opt.ru"), to=BOTA,
        subject="RE: Счёт ФЛ-26/0362 — срок оплаты истёк", date="2026-11-27 09:00", in_reply_to=a5,
        body="Добрый день! Я на больничном, ориентировочно до 4 декабря. Письма читаю нерегулярно. "
             "Срочные вопросы — главному бухгалтеру Кравец Н. В. (buh@aisberg-opt.ru).\n\n--\nЭто автоматический ответ."),
        "auto_reply", "ru", return_date="2026-12-07", original_message_id=a5, invoice_numbers="ФЛ-26/0362",
        note="sick leave 'approximately until 4 Dec' (Fri) -> first working day 7 Dec; no auto headers"))

    # ------------------------------------------------------------ challenge
    ch = bot_mid("20261109090000/ru-ch")
    add(E("22_podtverdite_otpravitelya", human(D, frm=("Антиспам-защита", "confirm@protect-mail.ru"), to=BOTA,
        subject="Подтвердите отправку письма для gavrilov.konditer@mail.ru", date="2026-11-09 09:02", in_reply_to=ch,
        headers=[("Auto-Submitted", "auto-replied")],
        body="Здравствуйте!\n\nАдресат gavrilov.konditer@mail.ru принимает письма только от подтверждённых отправителей.\n"
             "Чтобы ваше письмо «Напоминание: счёт ФЛ-26/0301» было доставлено, перейдите по ссылке и введите код с картинки:\n"
             "https://protect-mail.ru/confirm/R8KX2M\n\nНеподтверждённые письма удаляются через 3 суток."),
        "challenge", "ru", challenge=True, original_message_id=ch, invoice_numbers="ФЛ-26/0301"))

    # ------------------------------------------------------------ платежи
    bank = DESKS[D]["bank"]; psp = DESKS[D]["psp"]
    VB = ("АО «Волгакомбанк»", bank)

    def post(dt, summa, plat, inn, naz, n):
        return ("Уведомление о поступлении денежных средств\n\nСчёт получателя: 40702810400000012345 (ООО «Фростлайн Рус»)\n"
                f"Дата операции: {dt}\nСумма: {summa} RUB\nПлательщик: {plat}, ИНН {inn}\nПлатёжное поручение № {n} от {dt}\n"
                f"Назначение платежа: {naz}\n\nАО «Волгакомбанк». Письмо сформировано автоматически, отвечать на него не нужно.")
    add(E("23_postuplenie_sevryba", human(D, frm=VB, to=BOTA, subject="Поступление на счёт *2345: 366 000,00 RUB", date="2026-11-16 10:12",
        body=post("16.11.2026", "366 000,00", "ООО \"СЕВЕРНАЯ РЫБА\"", "5190412877",
                  "Оплата по счету № ФЛ-26/0345 от 02.11.2026 за хранение. В т.ч. НДС 22% 66000-00", "2291")),
        "payment_confirmation", "ru", invoice_numbers="ФЛ-26/0345", amount="366000.00", currency="RUB", payment_date="2026-11-16", payment_full=True))

    add(E("24_dva_scheta_aisberg", human(D, frm=VB, to=BOTA, subject="Поступление на счёт *2345: 250 380,00 RUB", date="2026-12-01 11:30",
        body=post("01.12.2026", "250 380,00", "ООО \"АЙСБЕРГ-ОПТ\"", "5260338812",
                  "Оплата по сч. ФЛ-26/0318 от 12.10.26 - 166200-00, сч. ФЛ-26/0362 от 10.11.26 - 84180-00, в т.ч. НДС", "1057")),
        "payment_confirmation", "ru", invoice_numbers="ФЛ-26/0318;ФЛ-26/0362", amount="250380.00", currency="RUB", payment_date="2026-12-01",
        payment_full=True, allocations="ФЛ-26/0318=166200.00;ФЛ-26/0362=84180.00"))

    add(E("25_chastichnaya_molkray", human(D, frm=VB, to=BOTA, subject="Поступление на счёт *2345: 300 000,00 RUB", date="2026-11-19 14:02",
        body=post("19.11.2026", "300 000,00", "АО \"МОЛОЧНЫЙ КРАЙ\"", "5042187300",
                  "Частичная оплата по счету ФЛ-26/0351 от 05.11.2026 (предоплата по дог. 77/26-Х)", "877")),
        "payment_confirmation", "ru", invoice_numbers="ФЛ-26/0351", amount="300000.00", currency="RUB", payment_date="2026-11-19", payment_full=False))

    add(E("26_platiprosto_karta_gavrilov", human(D, frm=("ПлатиПросто", psp), to=BOTA, subject="Платёж № 88124077 успешно проведён",
        date="2026-11-20 18:44",
        body="Здравствуйте!\n\nПоступил платёж по ссылке на оплату.\n\nМагазин: ООО «Фростлайн Рус»\nНазначение: Оплата счёта ФЛ-26/0301 (остаток)\n"
             "Плательщик: Гаврилов А. Н., карта МИР •• 4471\nСумма платежа: 48 800,00 ₽\nКомиссия сервиса (2,4 %): 1 171,20 ₽\nК зачислению: 47 628,80 ₽\n"
             "Дата: 20.11.2026 18:43 МСК\n\nДеньги поступят на расчётный счёт в течение 1 рабочего дня."),
        "payment_confirmation", "ru", invoice_numbers="ФЛ-26/0301", amount="48800.00", currency="RUB", payment_date="2026-11-20", payment_full=True,
        note="remaining balance after correction; amount gross of PSP fee"))

    add(E("27_bez_nomera_scheta_myaso", human(D, frm=VB, to=BOTA, subject="Поступление на счёт *2345: 154 000,00 RUB", date="2026-11-27 09:50",
        body=post("27.11.2026", "154 000,00", "ООО \"МЯСНОЙ ДВОР\"", "3664219005", "Оплата за услуги хранения. НДС не выделен", "3310")),
        "payment_confirmation", "ru", invoice_numbers="", amount="154000.00", currency="RUB", payment_date="2026-11-27", payment_full="",
        needs_human=True, note="no invoice number in purpose of payment"))

    # ------------------------------------------------------------ ответы клиентов
    add(E("28_v_pyatnitsu_nochi", human(D, frm=c("nochi"), to=BOTA, subject="Re: Счёт ФЛ-26/0374 (с зачётом аванса)",
        date="2026-11-24 12:30", in_reply_to=bot_mid("20261124090000/ru-c1"),
        body="Добрый день!\n\nСчёт в реестре на оплату, деньги уйдут в эту пятницу.\n\nИгорь"
             + "\n\n24.11.2026, 09:00, \"Фростлайн Рус — дебиторская задолженность\" <ar@frostline-group.com>:\n"
               "> Добрый день! Как у вас дела? Напоминаем, что 30.11.2026 наступает срок оплаты счёта ФЛ-26/0374 на сумму 66 380,00 руб. ..."),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0374", intent="promise", promised_date="2026-11-27"))

    add(E("29_do_kontsa_mesyatsa_farm", human(D, frm=c("farm"), to=BOTA, subject="RE: Счёт ФЛ-26/0330 — напоминание",
        date="2026-11-16 15:05", in_reply_to=bot_mid("20261116090000/ru-c2"),
        body="Здравствуйте.\n\nОплату по ФЛ-26/0330 поставили в план платежей, будет до конца месяца.\n\nЕ. Морозова"),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0330", intent="promise", promised_date="2026-11-30"))

    add(E("30_sleduyushchaya_nedelya_sibholod", human(D, frm=c("sibholod"), to=BOTA, charset="windows-1251", cte="quoted-printable",
        subject="RE: Счет N ФЛ-26/0370", date="2026-11-25 13:10",
        body="Добрый день.\nНа этой неделе не успеваем - директор в отъезде, без его подписи банк платеж не пропустит. "
             "Оплатим на следующей неделе.\nКовалева М."),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0370", intent="promise", promised_date="2026-12-04",
        note="next week -> last business day Fri 4 Dec; windows-1251"))

    add(E("31_tri_rabochikh_dnya_gavrilov", human(D, frm=c("gavrilov"), to=BOTA, subject="Re: Напоминание: счёт ФЛ-26/0301",
        date="2026-11-19 21:15",
        body="Здравствуйте. Корректировку получил, спасибо. Остаток закину в течение трёх рабочих дней.\n\nОтправлено из Почты Mail"),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0301", intent="promise", promised_date="2026-11-24",
        note="3 working days from Thu 19 Nov -> Tue 24 Nov"))

    add(E("32_oplacheno_pp_sibholod", human(D, frm=("Ковалёва Марина", "buhgalteria@sibholod.ru"), to=BOTA,
        subject="Оплата счёта ФЛ-26/0370", date="2026-11-30 08:05", tz="+0700",
        body="Доброе утро!\n\nСчёт ФЛ-26/0370 оплачен платёжным поручением № 1843 от 27.11.2026 на сумму 457 500,00 руб. Платёжка во вложении.\n\n"
             "Ковалёва М. А., бухгалтер",
        attachments=[("pp_1843.txt", "Платежное поручение N 1843 от 27.11.2026\nСумма 457500-00\nНазначение: Оплата по счету ФЛ-26/0370 от 17.11.2026", "text/plain")]),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0370", intent="paid", payment_date="2026-11-27", amount="457500.00", currency="RUB",
        note="Novosibirsk time zone +0700"))

    add(E("33_pretenziya_myaso", human(D, frm=c("myaso"), to=BOTA, subject="Претензия по счёту ФЛ-26/0327",
        date="2026-11-25 10:40", in_reply_to=r3,
        body="Добрый день.\n\nС начислением 36 000 руб. за простой рефконтейнера по счёту ФЛ-26/0327 не согласны: машина простояла по вине вашего водителя, "
             "который опоздал на погрузку на 6 часов. Письменную претензию направили почтой 24.11.\n\n"
             "Счёт в текущем виде оплачивать не будем. Ждём скорректированный документ.\n\nПавлов В. В., финансовый директор"),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0327", intent="dispute"))

    add(E("34_prekratite_rassylku_anatolia", human(D, frm=("Mehmet Yıldız", "mehmet.yildiz@anatolia-food.ru"), to=BOTA,
        subject="RE: Напоминание: счёт ФЛ-26/0336", date="2026-12-01 10:20",
        body="Здравствуйте,\n\nпрошу прекратить присылать мне автоматические письма. По всем вопросам оплаты — только через нашего юриста, "
             "его контакты у Дмитрия есть.\n\nMehmet Yıldız"),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0336", intent="stop"))

    add(E("35_rassrochka_molkray", human(D, frm=("Орлов Сергей Петрович", "s.orlov@molkray.ru"), to=BOTA,
        subject="О рассрочке по счёту ФЛ-26/0351", date="2026-11-24 16:00",
        body="Дмитрий, Ольга, добрый день!\n\nПервую половину предоплаты мы перечислили 19-го. Вторые 300 тыс. просим разрешить оплатить в три приёма: "
             "по 100 000 руб. 10 декабря, 25 декабря и 15 января. Если согласны — пришлите, пожалуйста, допсоглашение.\n\nС уважением,\nС. П. Орлов"),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0351", intent="plan"))

    add(E("36_vopros_edo_farm", human(D, frm=c("farm"), to=BOTA, subject="Документы по ФЛ-26/0358",
        date="2026-11-11 11:25",
        body="Добрый день!\n\nПодскажите, когда будет отправлен УПД № 412 через Диадок? В ЭДО его пока нет, а без подписанного УПД бухгалтерия не может провести счёт ФЛ-26/0358. "
             "И уточните, пожалуйста, ваш идентификатор участника ЭДО.\n\nЕлена"),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0358", intent="question"))

    add(E("37_perenos_obeshchaniya_sevryba", human(D, frm=("Белова Анна Викторовна", "a.belova@sevryba-trade.ru"), to=BOTA,
        subject="RE: Получили ли вы счёт ФЛ-26/0309?", date="2026-11-27 17:40", in_reply_to=bot_mid("20261127090000/ru-c3"),
        body="Анна Белова пишет:\n\nИзвините, 30-го, как я обещала, не получится — путина затянулась и выручка задерживается. "
             "Переносим оплату ФЛ-26/0309 на 7 декабря, это точно.\n\nА. В. Белова"),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0309", intent="promise", promised_date="2026-12-07",
        note="earlier promise (30 Nov) replaced by 7 Dec"))

    add(E("38_uslovnoe_bez_daty_nochi", human(D, frm=c("nochi"), to=BOTA, subject="Re: Счёт ФЛ-26/0322",
        date="2026-11-20 11:00",
        body="Добрый день.\n\nКак только подпишем акт за октябрь (у нас к нему вопросы по количеству рейсов), оплатим ФЛ-26/0322 в течение пяти дней. "
             "Пока оплатить не можем.\n\nИгорь Соколов"),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0322", intent="promise", promised_date="", needs_human=True,
        note="conditional promise without a date (after signing the act); quantities questioned"))

    add(E("39_smeshannoe_stop_i_plan_molkray", human(D, frm=c("molkray"), to=BOTA, subject="Re: Счёт ФЛ-26/0351 — срок оплаты истёк",
        date="2026-11-26 09:15", in_reply_to=bot_mid("20261126080000/ru-c4"),
        body="Коллеги, добрый день.\n\nПо ФЛ-26/0351 мы уже писали Дмитрию: половина оплачена, по второй половине ждём ваше допсоглашение о рассрочке. "
             "Просим не присылать больше автоматических напоминаний по этому счёту, пока вопрос решается.\n\nБухгалтерия АО «Молочный край»"),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0351", intent="stop", needs_human=True,
        note="mixed: stop request plus pending plan; partial payment claimed"))

    add(E("40_orientirovochno_10_go_aisberg", human(D, frm=c("aisberg"), to=BOTA, subject="Re: Новый счёт ФЛ-26/0362 + акт сверки на 10.11.2026",
        date="2026-11-26 16:45",
        body="Здравствуйте!\nАкт сверки подписали, скан во вложении. Оба счёта постараемся закрыть ориентировочно числа 10-го декабря, раньше вряд ли.\n\n"
             "Н. В. Кравец, главный бухгалтер"
             + "\n\n-------- Исходное сообщение --------\nОт: Дмитрий Кузнецов <d.kuznetsov@frostline-rus.ru>\nДата: 10.11.2026 14:55\n"
               "Тема: Новый счёт ФЛ-26/0362 + акт сверки на 10.11.2026\n\nТатьяна, добрый день! Высылаю новый счёт и заодно акт сверки..."),
        "client_reply", "ru", invoice_numbers="ФЛ-26/0318;ФЛ-26/0362", intent="promise", promised_date="2026-12-10", needs_human=True,
        note="hedged ('ориентировочно', 'постараемся'); both invoices of the statement"))

    # ------------------------------------------------------------ прочее
    add(E("41_rassylka_assotsiatsiya", human(D, frm=("Ассоциация холодильной логистики", "news@ahl-rus.ru"), to=BOT,
        subject="Дайджест АХЛ: маркировка «Честный знак» для охлаждённой продукции, декабрьские вебинары", date="2026-11-11 08:00",
        headers=[("List-Unsubscribe", "<https://ahl-rus.ru/unsubscribe?id=19922>"), ("Precedence", "bulk")],
        body="Дайджест Ассоциации холодильной логистики — ноябрь 2026\n\n• Маркировка охлаждённой продукции: новые сроки\n• Вебинар «Тарифы на электроэнергию в 2027 году», 8 декабря\n\n"
             "Отписаться: https://ahl-rus.ru/unsubscribe?id=19922"),
        "other", "ru", note="newsletter"))

    add(E("42_vnutrennyaya_perepiska", human(D, frm=OLGA, to=DIMA, cc=BOTA, subject="Мясной двор — претензия",
        date="2026-11-25 11:30",
        body="Дима, привет. Мясной двор оспаривает простой по ФЛ-26/0327. Поговори с логистами, опаздывал ли водитель 12.10. "
             "Копию кидаю на ящик дебиторки, чтобы было в истории.\n\nОля"),
        "other", "ru", invoice_numbers="ФЛ-26/0327", note="staff chatter, bot in Cc"))

    add(E("43_poddelka_domen_dvoynik", human(D, frm=("АО «Волгакомбанк»", "uvedomlenie@corp.volgakornbank.ru"), to=BOTA,
        subject="Поступление на счёт *2345: 720 000,00 RUB", date="2026-11-29 04:10",
        body=post("29.11.2026", "720 000,00", "ГБУЗ \"ГКБ N 12 ДЗМ\"", "7725098765", "Оплата по счету ФЛ-26/0379 этап 2", "51")
             + "\n\nДля подтверждения зачисления войдите в интернет-банк: http://volgakornbank.ru/login"),
        "other", "ru", invoice_numbers="ФЛ-26/0379", note="look-alike domain volgakornbank (rn for m)"))

    add(E("44_podmena_imeni_platiprosto", human(D, frm=("ПлатиПросто", "platiprosto.uvedomleniya@yandex.ru"), to=BOTA,
        subject="Платёж № 88190012 успешно проведён", date="2026-11-30 22:05",
        body="Здравствуйте!\n\nПоступил платёж: Оплата счёта ФЛ-26/0370\nСумма платежа: 457 500,00 ₽\n\n"
             "Для вывода средств подтвердите реквизиты в течение 24 часов: http://platiprosto-vyvod.example.com"),
        "other", "ru", invoice_numbers="ФЛ-26/0370", note="display-name spoof of the PSP from a free mailbox"))
    return out

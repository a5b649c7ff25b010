"""Russian messages."""
def build(B):
    L = "ru"; dt = lambda s: B.dt(s, 3); mid = B.mid; q = B.quote
    ST = "Анна Соколова <anna.sokolova@tidewell-trading.com>"
    ST2 = "Дмитрий Лебедев <dmitry.lebedev@tidewell-trading.com>"
    SP = "\"ООО «Северный Поток», бухгалтерия\" <buh@sevpotok.ru>"
    GV = "ИП Гаврилов А.С. <gavrilov.ip@mail.ru>"
    MT = "Медтехника Плюс <oplata@medtehplus.ru>"
    VH = "АО «Волжский хлебозавод» <finotdel@vhz-volga.ru>"
    ZR = "Кофейня «Зерно» <zerno.coffee@yandex.ru>"
    SD = "СтройДеталь <info@stroydetal.su>"
    B.contact("buh@sevpotok.ru", "gavrilov.ip@mail.ru", "oplata@medtehplus.ru", "finotdel@vhz-volga.ru",
              "zerno.coffee@yandex.ru", "info@stroydetal.su", "e.yilmaz@stroydetal.su", "l.garcia@medtehplus.ru", "zerno.kofe@yandex.ru", "glavbuh@medtehplus.ru")
    B.inv("ТТ-471/26", "ТТ-478/26", "ТТ-483/26", "ТТ-489/26", "ТТ-490/26")
    M = {k: mid("napom-ru-%s" % k) for k in ("471a", "478a", "483a", "489a", "490a", "471b", "478b", "483b", "489b", "490b", "512a", "515a", "478c", "515b")}

    B.invoice(L, "01_schet_obychny", ST, SP, "Счёт № ТТ-512/26 от 02.11.2026", dt("2026-11-02 11:00"),
        "Добрый день!\n\nНаправляем счёт № ТТ-512/26 от 02.11.2026 на поставку упаковочной плёнки.\n\nСумма: 184 600,00 руб., в т.ч. НДС 22 % — 33 288,52 руб.\n"
        "Срок оплаты: 10 банковских дней с даты выставления счёта.\n\nРеквизиты: р/с 40702810900000012345 в ПАО «Волга-Банк», БИК 044525999.\n\nС уважением,\nАнна Соколова\nООО «Тайдвелл Трейдинг»",
        dict(invoice_numbers="ТТ-512/26", amount="184600.00", currency="RUB", issue_date="2026-11-02", due_date="2026-11-17", note="'10 банковских дней' = banking days, not calendar: no payment_terms_days; due computed skipping weekends and 4 Nov holiday (2026-11-16 if holiday ignored)"), pdf="Schet_TT-512-26.pdf")
    B.invoice(L, "02_schet_html", ST2, GV, "Счёт на оплату ТТ-513/26", dt("2026-11-04 15:20"),
        "Александр Сергеевич, здравствуйте!\n\nВо вложении счёт ТТ-513/26 от 04 ноября 2026 г.\nИтого к оплате: 27 450 ₽ (НДС не облагается).\nОплатить до 19.11.2026 (15 календарных дней).\n\nСпасибо!\nДмитрий",
        dict(invoice_numbers="ТТ-513/26", amount="27450.00", currency="RUB", issue_date="2026-11-04", due_date="2026-11-19", payment_terms_days="15", note="₽ sign, space thousands"), html=True)
    B.invoice(L, "03_schet_avans", ST, VH, "Счёт на аванс ТТ-514/26 по договору № 77-П", dt("2026-11-06 09:40"),
        "Добрый день!\n\nПо договору поставки № 77-П от 30.10.2026 на общую сумму 2 400 000,00 руб. (с НДС) выставляем счёт на предоплату 30 %.\n\n"
        "Счёт № ТТ-514/26 от 06.11.2026\nК оплате сейчас: 720 000,00 руб., в т.ч. НДС 22 % 129 836,07 руб.\nОставшиеся 1 680 000,00 руб. — после отгрузки.\nСрок оплаты аванса — до 13.11.2026.\n\nАнна Соколова",
        dict(invoice_numbers="ТТ-514/26", amount="720000.00", currency="RUB", issue_date="2026-11-06", due_date="2026-11-13", note="advance vs contract total"))
    B.invoice(L, "04_schet_bez_nds_plus", ST2, MT, "Счёт ТТ-515/26", dt("2026-11-09 12:30"),
        "Коллеги, добрый день.\n\nСчёт ТТ-515/26 от 09.11.2026 за сервисное обслуживание.\nСтоимость услуг без НДС: 95 000,00 руб.\nНДС 22 %: 20 900,00 руб.\nВсего к оплате: 115 900,00 руб.\n\nОплата в течение 30 календарных дней (до 09.12.2026).\n\nДмитрий Лебедев",
        dict(invoice_numbers="ТТ-515/26", amount="115900.00", currency="RUB", issue_date="2026-11-09", due_date="2026-12-09", payment_terms_days="30", note="net vs gross; gross due"))
    B.invoice(L, "05_schet_minus_vozvrat", ST, ZR, "Счёт ТТ-516/26 (с учётом возврата)", dt("2026-11-11 10:10"),
        "Здравствуйте, Ольга!\n\nВысылаю счёт ТТ-516/26 от 11.11.2026 на зерно и сиропы — 64 300,00 руб.\nЗачтена корректировка (возврат по накладной № 311) — минус 8 900,00 руб.\nИтого к оплате: 55 400,00 руб.\nОплатить до 25.11.2026.\n\nАнна",
        dict(invoice_numbers="ТТ-516/26", amount="55400.00", currency="RUB", issue_date="2026-11-11", due_date="2026-11-25", note="credit (return) deducted"))
    B.invoice(L, "06_schet_etapy", ST2, SD, "Счёт ТТ-517/26 — 1-й этап", dt("2026-11-13 14:50"),
        "Добрый день!\n\nНаправляем счёт ТТ-517/26 от 13.11.2026 за первый этап работ по договору (всего 3 этапа, общая стоимость 1 350 000,00 руб.).\nСумма по 1-му этапу: 450 000,00 руб., НДС включён.\nСрок оплаты — 20 календарных дней, до 03.12.2026.\n\nС уважением,\nДмитрий Лебедев",
        dict(invoice_numbers="ТТ-517/26", amount="450000.00", currency="RUB", issue_date="2026-11-13", due_date="2026-12-03", payment_terms_days="20", note="staged: stage 1 of 3"))
    B.invoice(L, "07_schet_neyasno", ST, VH, "ТТ-518/26 доплата?", dt("2026-11-18 18:05"),
        "Коллеги,\n\nвысылаю счёт ТТ-518/26 от 18.11.2026 на 1 680 000,00 руб. (остаток по договору 77-П). Но аванс по ТТ-514/26 пока не пришёл, поэтому, возможно, "
        "надо платить оба счёта вместе — 2 400 000,00 руб. — либо по графику, который ваш финдиректор обещал прислать. Давайте созвонимся.\n\nАнна",
        dict(invoice_numbers="ТТ-518/26", amount="", currency="RUB", issue_date="2026-11-18", needs_human=True, note="amount due now unclear (balance vs both invoices vs schedule)"))

    B.receipt(L, "08_uvedomlenie_prochteno", SP, dt("2026-11-17 09:30"), M["471a"], "Напоминание об оплате счёта ТТ-471/26",
        "Ваше сообщение\n\n  Кому: buh@sevpotok.ru\n  Тема: Напоминание об оплате счёта ТТ-471/26\n  Отправлено: 16.11.2026 10:00\n\nбыло прочитано 17.11.2026 9:29.",
        dict(invoice_numbers="ТТ-471/26", subject="Прочитано: Напоминание об оплате счёта ТТ-471/26", note="Russian Outlook MDN"))
    B.receipt(L, "09_prochteno_yandex", ZR, dt("2026-11-19 20:02"), M["490a"], "Счёт ТТ-490/26 получен?",
        "Письмо «Счёт ТТ-490/26 получен?» прочитано получателем zerno.coffee@yandex.ru 19 ноября 2026 г. в 20:01.",
        dict(invoice_numbers="ТТ-490/26", subject="Уведомление о прочтении: Счёт ТТ-490/26 получен?", note="non-MDN read notice"), mdn=False)

    B.bounce(L, "10_vozvrat_net_polzovatelya", "Mail Delivery Subsystem <mailer-daemon@yandex.ru>", dt("2026-11-16 10:01"),
        "zerno.kofe@yandex.ru", M["490b"], "Напоминание: счёт ТТ-490/26",
        "Это письмо создано автоматически сервером Яндекс.Почты.\n\nВаше письмо не доставлено следующим адресатам:\nzerno.kofe@yandex.ru: такого ящика не существует.\n\nПожалуйста, проверьте правильность адреса.",
        dict(invoice_numbers="ТТ-490/26", bounce_permanent=True, bounce_reason="user_unknown", note="Yandex Russian DSN, typo address"), diag="550 5.7.1 No such user!", subject="Недоставленное сообщение", mta="mx.yandex.ru")
    B.bounce(L, "11_vozvrat_yashik_polon", "MAILER-DAEMON@corp.mail.ru", dt("2026-11-20 11:30"),
        "gavrilov.ip@mail.ru", M["478c"], "Напоминание: счёт ТТ-478/26",
        "Сообщение не доставлено.\n\nПочтовый ящик получателя gavrilov.ip@mail.ru переполнен. Доставка невозможна.",
        dict(invoice_numbers="ТТ-478/26", bounce_permanent=True, bounce_reason="mailbox_full", note="mail.ru quota"), status="5.2.2", diag="552 5.2.2 Mailbox size limit exceeded", subject="Mail failure - mailbox is full", mta="mxs.mail.ru")
    B.bounce(L, "12_otkaz_politika_proza", "Администратор почты <postmaster@medtehplus.ru>", dt("2026-11-23 14:44"),
        "glavbuh@medtehplus.ru", M["483a"], "Просроченный платёж",
        "Здравствуйте.\n\nВаше письмо для главного бухгалтера (glavbuh@medtehplus.ru) отклонено в соответствии с политикой информационной безопасности компании: письма с внешних доменов, содержащие ссылки на оплату, не принимаются. Письмо уничтожено.\n\nОтдел ИТ «Медтехника Плюс»",
        dict(invoice_numbers="", bounce_permanent=True, bounce_reason="policy", note="hand-written policy rejection, recipient in prose"), dsn=False, subject="Письмо отклонено")
    B.bounce(L, "13_zaderzhka", "Mail Delivery System <MAILER-DAEMON@mail.tidewell-trading.com>", dt("2026-11-25 09:00"),
        "info@stroydetal.su", M["489a"], "Счёт ТТ-489/26: напоминание",
        "This is the mail system at host mail.tidewell-trading.com.\n\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\nYour message could not be delivered for more than 24 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n<info@stroydetal.su>: host mx.stroydetal.su said: 421 4.3.2 Service not available, try later",
        dict(language="en", invoice_numbers="ТТ-489/26", bounce_permanent=False, bounce_reason="other", note="English delay report about a Russian reminder: language en"), status="4.3.2", action="delayed", diag="421 4.3.2 Service not available", subject="Delayed Mail (still being retried)", mta="mail.tidewell-trading.com")

    B.autoreply(L, "14_otpusk", MT, dt("2026-11-24 10:00"), M["483b"], "Напоминание: счёт ТТ-483/26",
        "Здравствуйте!\n\nЯ нахожусь в отпуске с 23 ноября по 4 декабря 2026 г. включительно. По срочным вопросам обращайтесь к Марине Котовой, kotova@medtehplus.ru.\n\nС уважением,\nИрина Белова",
        dict(invoice_numbers="ТТ-483/26", return_date="2026-12-05", note="'по 4 декабря включительно' -> back 5th (Saturday); could argue 2026-12-07"), subject="Автоответ: Напоминание: счёт ТТ-483/26")
    B.autoreply(L, "15_avtootvet_bez_zagolovkov", VH, dt("2026-11-26 08:01"), M["471b"], "Счёт ТТ-514/26",
        "Ваше письмо получено. Финансовый отдел АО «Волжский хлебозавод» рассматривает обращения в течение 3 рабочих дней. Отвечать на это письмо не нужно.",
        dict(invoice_numbers="ТТ-514/26", return_date="", note="no auto headers; acknowledgement"), headers="none", subject="Re: Счёт ТТ-514/26")
    B.autoreply(L, "16_otvet_turetsky", "Emre Yılmaz <e.yilmaz@stroydetal.su>", dt("2026-11-27 09:15"), M["489b"], "Счёт ТТ-489/26: напоминание",
        "Merhaba,\n\n8 Aralık 2026 tarihine kadar izindeyim ve e-postalarıma erişimim olmayacak. Acil konular için lütfen info@stroydetal.su adresine yazın.\n\nSaygılarımla,\nEmre Yılmaz",
        dict(language="tr", invoice_numbers="ТТ-489/26", return_date="2026-12-09", note="Turkish OOO: 'kadar' = until 8th -> back 9th (ambiguous; maybe 8th)"), headers="auto", subject="Otomatik yanıt: Счёт ТТ-489/26: напоминание")
    B.autoreply(L, "17_otvet_ispansky", "Lucía García <l.garcia@medtehplus.ru>", dt("2026-11-28 12:00"), M["515b"], "Счёт ТТ-515/26 — получен ли?",
        "Hola:\n\nEstoy fuera de la oficina hasta el lunes 14 de diciembre de 2026. Durante mi ausencia, por favor contacte con oplata@medtehplus.ru.\n\nUn saludo,\nLucía",
        dict(language="es", invoice_numbers="ТТ-515/26", return_date="2026-12-14", note="Spanish OOO 'hasta el lunes 14' (14 Dec 2026 is a Monday) -> return 14th"), headers="ms", subject="Respuesta automática: Счёт ТТ-515/26 — получен ли?")
    B.autoreply(L, "18_otpusk_html", GV, dt("2026-12-01 07:00"), M["478b"], "Счёт ТТ-478/26 просрочен",
        "Добрый день! Я в командировке до 10.12. Почту читаю нерегулярно. Если вопрос по оплате — пишите в WhatsApp.\nАлександр Гаврилов",
        dict(invoice_numbers="ТТ-478/26", return_date="2026-12-11", note="'до 10.12' no year; до = until -> back 11th (ambiguous)"), headers="vac", subject="Автоматический ответ: Счёт ТТ-478/26 просрочен", html=True)

    B.challenge(L, "19_proverka_otpravitelya", "Защита почты <antispam@vhz-volga.ru>", dt("2026-11-17 11:20"), M["471a"], "Подтвердите отправку письма",
        "Здравствуйте!\n\nВы отправили письмо на адрес finotdel@vhz-volga.ru. Для защиты от спама мы просим подтвердить, что вы — реальный отправитель.\n\nПерейдите по ссылке: https://antispam.vhz-volga.ru/confirm/a81f2c\n\nЕсли вы не подтвердите адрес в течение 48 часов, письмо будет удалено.",
        dict(note="Russian C/R challenge"))
    B.challenge(L, "20_proverka_kod", "Mail Guard <noreply@mailguard.su>", dt("2026-11-21 16:00"), M["489a"], "Требуется подтверждение / Confirmation required",
        "Получатель info@stroydetal.su принимает почту только от проверенных отправителей.\nВведите код 4471 на странице https://mailguard.su/c/4471 или ответьте на это письмо.\n\nRecipient accepts mail from verified senders only.",
        dict(invoice_numbers="", note="bilingual challenge"), html=False)

    B.payment(L, "21_postuplenie_polnoe", "Волга-Банк Бизнес <noreply@business.volgabank.ru>", dt("2026-11-16 09:10"), "Поступление средств на счёт",
        "Уважаемый клиент!\n\nНа ваш счёт 40702810900000012345 зачислено 184 600,00 RUB.\nПлательщик: ООО «СЕВЕРНЫЙ ПОТОК», ИНН 7801234567\nНазначение платежа: Оплата по счёту № ТТ-512/26 от 02.11.2026, в т.ч. НДС 22% 33288-52\nДата операции: 16.11.2026\n\nВолга-Банк Бизнес",
        dict(invoice_numbers="ТТ-512/26", amount="184600.00", currency="RUB", payment_date="2026-11-16", payment_full=True, allocations="ТТ-512/26=184600.00", note="VAT amount in purpose with dash decimal"))
    B.payment(L, "22_postuplenie_chastichnoe", "Волга-Банк Бизнес <noreply@business.volgabank.ru>", dt("2026-11-24 10:20"), "Зачисление",
        "Зачисление 300 000,00 ₽\nОт: АО «ВОЛЖСКИЙ ХЛЕБОЗАВОД»\nНазначение: Частичная оплата аванса по сч. ТТ-514/26, НДС включён\nДата: 23.11.2026",
        dict(invoice_numbers="ТТ-514/26", amount="300000.00", currency="RUB", payment_date="2026-11-23", payment_full=False, allocations="ТТ-514/26=300000.00", note="partial, abbreviated 'сч.'"))
    B.payment(L, "23_postuplenie_neskolko", "PayStream <notify@paystream.io>", dt("2026-12-01 13:00"), "Платёж получен",
        "Здравствуйте!\n\nПолучен платёж от ИП Гаврилов А.С. на сумму 51 950,00 RUB (01.12.2026).\n\nРаспределение:\n  ТТ-478/26 — 24 500,00 RUB\n  ТТ-513/26 — 27 450,00 RUB\n\nID платежа: ps_RU5521",
        dict(invoice_numbers="ТТ-478/26;ТТ-513/26", amount="51950.00", currency="RUB", payment_date="2026-12-01", payment_full=True, allocations="ТТ-478/26=24500.00;ТТ-513/26=27450.00", note="two invoices; full"), html=True)
    B.payment(L, "24_poddelnoe", "Волга-Банк Бизнес <noreply@business.volgabank.ru>", dt("2026-12-02 04:00"), "Поступление средств на счёт",
        "Уважаемый клиент!\n\nНа ваш счёт зачислено 450 000,00 RUB.\nПлательщик: ООО «СТРОЙДЕТАЛЬ»\nНазначение платежа: оплата 1 этапа, сч. ТТ-517/26\nДата операции: 01.12.2026\n\nДля подтверждения операции откройте вложение.",
        dict(kind="other", invoice_numbers="ТТ-517/26", amount="450000.00", currency="RUB", note="forged: Authentication-Results from a foreign authserv-id"), auth=B.ar("noreply@business.volgabank.ru", other_serv="mx.volgabank-notify.top"))
    B.payment(L, "25_postuplenie_s_korrekciey", "Волга-Банк Бизнес <noreply@business.volgabank.ru>", dt("2026-12-04 09:00"), "Поступление средств на счёт",
        "Уважаемый клиент!\n\nЗачислено 115 900,00 RUB\nПлательщик: ООО «МЕДТЕХНИКА ПЛЮС»\nНазначение: Оплата за сервисное обслуживание по счету TT-515/26 от 09.11.26\nДата операции: 03.12.2026",
        dict(invoice_numbers="ТТ-515/26", amount="115900.00", currency="RUB", payment_date="2026-12-03", payment_full=True, allocations="ТТ-515/26=115900.00", note="invoice no written with LATIN 'TT' in bank purpose; 'счету' without ё; label uses canonical Cyrillic"))

    o = "16.11.2026, 10:00, ООО «Тайдвелл Трейдинг» <ar@tidewell-trading.com>:"
    B.reply(L, "26_otvet_oplacheno", SP, dt("2026-11-17 12:00"), M["471a"], "RE: Напоминание об оплате счёта ТТ-471/26",
        "Добрый день!\n\nСчёт оплачен 13.11, платёжное поручение № 1842 во вложении (если не открылось — напишите).\n\nБухгалтерия «Северный Поток»", q(o, "Здравствуйте! Как ваши дела?\nНапоминаем, что счёт ТТ-471/26 на сумму 96 000,00 руб. подлежит оплате до 20.11.2026.\nЕсли вы уже оплатили, просто проигнорируйте это письмо."),
        dict(invoice_numbers="ТТ-471/26", intent="paid_claim", needs_human=True, note="paid claim; quoted text has 'если уже оплатили'"))
    B.reply(L, "27_otvet_obeshchanie", GV, dt("2026-11-19 21:40"), M["478a"], "Re: Напоминание: счёт ТТ-478/26",
        "здравствуйте, оплачу до конца месяца, край 30-го. извините за задержку", "",
        dict(invoice_numbers="ТТ-478/26", intent="promise", promised_date="2026-11-30", needs_human=False, note="lowercase informal, 'край 30-го'"))
    B.reply(L, "28_otvet_ne_v_pyatnicu", ZR, dt("2026-11-26 10:00"), M["490a"], "Re: Счёт ТТ-490/26 получен?",
        "Ольга, добрый день. В пятницу не получится, выручка упала. Оплатим 15 декабря, обещаю.\n\nОльга Миронова", "",
        dict(invoice_numbers="ТТ-490/26", intent="promise", promised_date="2026-12-15", needs_human=False, note="not Friday but 15 Dec"))
    B.reply(L, "29_otvet_ne_obeshchayu", VH, dt("2026-11-27 15:30"), M["471b"], "RE: Счёт ТТ-514/26",
        "Добрый день.\n\nСроки оплаты пока назвать не можем — бюджет на декабрь ещё не утверждён. Обещать, что заплатим до 10-го, не буду.\n\nФинотдел", "",
        dict(invoice_numbers="ТТ-514/26", intent="other", needs_human=True, note="negated promise with date"))
    B.reply(L, "30_otvet_pretenziya", MT, dt("2026-11-25 11:11"), M["483b"], "RE: Напоминание: счёт ТТ-483/26",
        "Здравствуйте.\n\nС суммой по счёту ТТ-483/26 не согласны: в акте указано 12 выездов инженера, фактически было 8. Просим выставить корректировочный счёт. До урегулирования оплата приостановлена.\n\nС уважением,\nМ. Котова", "",
        dict(invoice_numbers="ТТ-483/26", intent="dispute", needs_human=True, note="dispute on quantity"))
    B.reply(L, "31_otvet_rassrochka", SD, dt("2026-11-30 13:13"), M["489b"], "Re: Счёт ТТ-489/26: напоминание",
        "Добрый день! Можем ли мы погасить задолженность 312 000 руб. тремя платежами — в декабре, январе и феврале? Готовы подписать график.\n\nГлавный бухгалтер СтройДеталь", "",
        dict(invoice_numbers="ТТ-489/26", intent="plan_request", amount="312000.00", currency="RUB", needs_human=True, note="plan request"))
    B.reply(L, "32_otvet_ne_poluchali", MT, dt("2026-11-12 09:50"), M["515a"], "RE: Счёт ТТ-515/26 — получен ли?",
        "Добрый день, счёт к нам не поступал. Пришлите, пожалуйста, ещё раз, и продублируйте в ЭДО (Диадок).", "",
        dict(invoice_numbers="ТТ-515/26", intent="not_received", needs_human=True, note="not received + EDO"))
    B.reply(L, "33_otvet_rekvizity", ZR, dt("2026-11-20 12:30"), M["490a"], "реквизиты",
        "Пришлите, пожалуйста, реквизиты для оплаты (р/с, БИК) — в счёте плохо пропечаталось.", "",
        dict(invoice_numbers="", intent="payment_details", needs_human=False, note="payment details, subject without invoice"))
    B.reply(L, "34_otvet_stop", "Emre Yılmaz <e.yilmaz@stroydetal.su>", dt("2026-12-01 09:00"), M["489b"], "Re: Счёт ТТ-489/26: напоминание",
        "Здравствуйте. Я не работаю с оплатами, я инженер. Будьте добры, исключите мой адрес из рассылки напоминаний. Спасибо!", "",
        dict(invoice_numbers="ТТ-489/26", intent="stop", needs_human=False, note="polite stop in Russian from a Turkish-named engineer"))
    B.reply(L, "35_otvet_citata", SP, dt("2026-11-28 16:00"), M["471b"], "RE: Спасибо за оплату ТТ-471/26",
        "Спасибо! А можно на следующий месяц увеличить отгрузку плёнки до 40 рулонов?",
        q("27.11.2026, ООО «Тайдвелл Трейдинг» пишет:", "Благодарим вас! Оплата 96 000,00 руб. по счёту ТТ-471/26 получена, счёт закрыт полностью."),
        dict(invoice_numbers="ТТ-471/26", intent="other", needs_human=True, note="payment talk in quote only"))
    B.reply(L, "36_otvet_chast_i_srok", VH, dt("2026-11-24 12:00"), M["471b"], "RE: Счёт ТТ-514/26",
        "Добрый день! Вчера перечислили 300 000 руб. по ТТ-514/26, остаток 420 000 руб. оплатим до 11.12.2026.", "",
        dict(invoice_numbers="ТТ-514/26", intent="promise", amount="300000.00", currency="RUB", promised_date="2026-12-11", needs_human=True, note="partial paid + date for rest"))
    B.reply(L, "37_otvet_ne_polucheno_neznakomec", "Пётр Иванов <p.ivanov1985@gmail.com>", dt("2026-12-02 22:00"), None, "Счёт",
        "Здравствуйте, мне пришёл какой-то счёт ТТ-520/26 от вашей компании, я у вас ничего не заказывал. Что это?", "",
        dict(invoice_numbers="ТТ-520/26", intent="dispute", needs_human=True, note="stranger (not a known contact, no thread), unknown invoice no; dispute-like"), known=False, auth=True)

    B.staff(L, "38_komanda", ST2, dt("2026-12-02 10:00"), "команды",
        "promise ТТ-489/26 2026-12-20\nnote СтройДеталь: главбух обещала график платежей\nresume СЕВЕРНЫЙ-ПОТОК",
        dict(invoice_numbers="ТТ-489/26", promised_date="2026-12-20", note="commands with Cyrillic args"))
    B.staff(L, "39_komanda_poddelka", "Анна Соколова <anna.sokolova@tidewell-trading.com>", dt("2026-12-05 03:30"), "срочно",
        "paid ТТ-518/26 1680000.00 2026-12-04\npaid ТТ-514/26 720000.00 2026-12-04",
        dict(kind="other", invoice_numbers="ТТ-518/26;ТТ-514/26", note="forged: no Authentication-Results"), auth=None)
    B.other(L, "40_rassylka", "Контур.Бухгалтерия <news@kontur-buh-news.ru>", dt("2026-11-30 08:00"), "Изменения НДС с 2026 года: что нужно знать",
        "Добрый день!\n\nВ этом выпуске: новая ставка НДС 22 %, изменения в УСН, вебинар 10 декабря.\n\nОтписаться от рассылки: https://kontur-buh-news.ru/unsub",
        dict(note="newsletter from a stranger, mentions VAT and a date"), html=True)
    B.other(L, "41_rezume", "Ксения Орлова <k.orlova.buh@yandex.ru>", dt("2026-11-27 19:40"), "Резюме: бухгалтер по расчётам с дебиторами",
        "Добрый вечер!\n\nУвидела вашу вакансию на hh.ru. Опыт работы с дебиторской задолженностью 5 лет, 1С:Бухгалтерия. Резюме во вложении.\n\nС уважением,\nКсения Орлова",
        dict(note="job application, stranger; mentions debtors"), html=False, pdf="Orlova_CV.pdf")

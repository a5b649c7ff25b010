"""Russian desk (RUB/USD/KZT; НДС 22 %). Invoice numbers KPR-26-NNNN."""
import mailkit as mk
from world import BOT, BOT_NAME, Client, Desk, reminder_text

D = "kestrel-print.ru"
T = mk.translit


def build() -> Desk:
    d = Desk("ru", D,
             staff={"sokolova": ("Анна Соколова", f"a.sokolova@{D}"), "petrov": ("Дмитрий Петров", f"d.petrov@{D}")},
             notifiers={"bank": ("Банк Волга-Кредит", "uvedomlenie@volgakredit.ru"),
                        "psp": ("ПэйМир", "noreply@paymir.ru")},
             bot_tz="+0300")
    C = {
        "SV": Client("SV", "ООО «Северная Вода»", "Ирина Викторовна", "buh@severnaya-voda.ru", "+0300", "RUB", "ru"),
        "UR": Client("UR", "АО «Уральские Сладости»", "Олег Николаевич", "oplata@uralsladosti.ru", "+0500", "RUB", "ru"),
        "SK": Client("SK", "ООО «Сибирский Кедр»", "Марина Петровна", "finance@sibkedr.ru", "+0700", "RUB", "ru"),
        "AK": Client("AK", "ТОО «Алматы Кофе»", "Айгерим Сериковна", "buh@almatycoffee.kz", "+0500", "KZT", "ru"),
        "AP": Client("AP", "Astana Pharm LLP", "Mr Yerzhan Nurlanov", "ap@astanapharm.kz", "+0500", "USD", "en"),
        "PM": Client("PM", "ООО «ПродМаркет»", "Светлана Игоревна", "buh@prodmarket.ru", "+0300", "RUB", "ru"),
        "VL": Client("VL", "ООО «Владивосток Рыба»", "Андрей Сергеевич", "buh@vladryba.ru", "+1000", "RUB", "ru"),
        "TK": Client("TK", "ИП Ткаченко А. С.", "Алексей Ткаченко", "tkachenko.ip@mail.ru", "+0300", "RUB", "ru"),
        "PL": Client("PL", "ООО «Парфюм Лайн»", "Наталья Олеговна", "accounts@parfumline.ru", "+0300", "RUB", "ru"),
        "MB": Client("MB", "ООО «Бровар Минск»", "Виктор Андреевич", "oplata@brovar.by", "+0300", "USD", "ru"),
        "ZH": Client("ZH", "ЗАО «Жемчужина Кавказа»", "Руслан Магомедович", "fin@zhemchuzhina-kavkaz.ru", "+0300", "RUB", "ru"),
        "TD": Client("TD", "ООО «Торговый Дом Волга»", "Елена Павловна", "td@tdvolga.ru", "+0400", "RUB", "ru"),
        "KN": Client("KN", "ООО «Книжный Мир»", "Григорий Львович", "buh@knizhmir.ru", "+0300", "RUB", "ru"),
    }
    R = {
        "SV": d.rem(C["SV"], "KPR-26-0488", 244000.00, "2026-11-05", "2026-11-10 10:00 +0300"),
        "UR": d.rem(C["UR"], "KPR-26-0491", 183000.00, "2026-11-09", "2026-11-16 10:00 +0300"),
        "URold": d.rem(C["UR"], "KPR-26-0491", 183000.00, "2026-11-09", "2026-11-16 10:01 +0300", to="o.nikolaev@uralsladosti.ru"),
        "SK": d.rem(C["SK"], ["KPR-26-0479", "KPR-26-0495"], [97600.00, 61000.00], ["2026-11-02", "2026-11-12"],
                    "2026-11-18 10:00 +0300"),
        "AK": d.rem(C["AK"], "KPR-26-0486", 2450000.00, "2026-11-06", "2026-11-12 10:00 +0300"),
        "AP": d.rem(C["AP"], "KPR-26-0490", 6300.00, "2026-11-08", "2026-11-13 10:00 +0300"),
        "PM": d.rem(C["PM"], "KPR-26-0493", 122000.00, "2026-11-10", "2026-11-17 10:00 +0300"),
        "VL": d.rem(C["VL"], "KPR-26-0484", 366000.00, "2026-11-04", "2026-11-11 10:00 +0300"),
        "VLx": d.rem(C["VL"], "KPR-26-0484", 366000.00, "2026-11-04", "2026-11-11 10:01 +0300", to="director@vladryba.ru"),
        "TK": d.rem(C["TK"], "KPR-26-0497", 30500.00, "2026-11-16", "2026-11-23 10:00 +0300"),
        "PL1": d.rem(C["PL"], "KPR-26-0489", 73200.00, "2026-11-07", "2026-11-13 10:00 +0300"),
        "PL2": d.rem(C["PL"], "KPR-26-0499", 48800.00, "2026-11-20", "2026-11-26 10:00 +0300"),
        "MB": d.rem(C["MB"], "KPR-26-0482", 2900.00, "2026-11-03", "2026-11-10 10:00 +0300"),
        "ZH": d.rem(C["ZH"], "KPR-26-0494", 427000.00, "2026-11-11", "2026-11-18 10:00 +0300"),
        "ZHold": d.rem(C["ZH"], "KPR-26-0494", 427000.00, "2026-11-11", "2026-11-18 10:01 +0300", to="ruslan.m@yandex.ru"),
        "TD": d.rem(C["TD"], "KPR-26-0492", 158600.00, "2026-11-09", "2026-11-16 10:00 +0300"),
        "KN": d.rem(C["KN"], "KPR-26-0487", 85400.00, "2026-11-06", "2026-11-12 10:00 +0300"),
    }
    A, P = "sokolova", "petrov"
    sig_a = ("\n--\nС уважением,\nАнна Соколова\nбухгалтер по расчётам с покупателями\nООО «Кестрел Принт энд Пэкеджинг»\n"
             "г. Москва, ул. Электрозаводская, д. 27, стр. 8\nтел. +7 495 120-44-17\n")
    sig_a8 = ("\n--\nС уважением,\nАнна Соколова\nбухгалтер по расчётам с покупателями\nООО \"Кестрел Принт энд Пэкеджинг\"\n"
              "тел. +7 495 120-44-17\n")
    sig_p = "\n--\nДмитрий Петров\nменеджер по работе с клиентами\nООО «Кестрел Принт энд Пэкеджинг»\n"

    # ------------------------------------------------------------------ invoice copies
    c = C["SV"]
    body = ("Ирина Викторовна, добрый день!\n\nНаправляем счёт N KPR-26-0521 от 02.11.2026 на изготовление этикеток для бутылей 19 л.\n\n"
            "Сумма без НДС: 250 000,00 руб.\nНДС 22%: 55 000,00 руб.\nИтого к оплате: 305 000,00 руб.\n\n"
            "Оплата в течение 30 календарных дней с даты счёта.\n" + sig_a8)
    d.add("01_schet_koi8r", d.invoice("i1", A, c, "2026-11-02 11:00 +0300", "Счёт N KPR-26-0521 от 02.11.2026", body,
                                      [T("Счёт на оплату № KPR-26-0521 от 02.11.2026"), T("Поставщик: ООО Кестрел Принт энд Пэкеджинг"),
                                       T("Покупатель: ООО Северная Вода"), T("Этикетки 19 л, 40 000 шт.   250 000,00"),
                                       T("НДС 22%   55 000,00"), T("Всего к оплате: 305 000,00 руб."),
                                       T("Оплата в течение 30 календарных дней")], "Schet_KPR-26-0521.pdf",
                                      charset="koi8-r", cte="8bit"),
          "invoice_copy", invoice_numbers="KPR-26-0521", amount=305000.00, currency="RUB", issue_date="2026-11-02",
          due_date="2026-12-02", payment_terms_days=30, note="koi8-r 8bit body; PDF transliterated")

    c = C["UR"]
    txt = ("Олег Николаевич, здравствуйте!\n\nВо вложении счёт № KPR-26-0522 от 03.11.2026 и УПД на коробки для конфет.\n"
           "Итого: 158 600,00 руб., в т.ч. НДС 22% — 28 600,00 руб.\nОтсрочка платежа — 14 календарных дней.\n" + sig_p)
    html = ("<html><body><p>Олег Николаевич, здравствуйте!</p><p>Во вложении счёт № <b>KPR-26-0522</b> от 03.11.2026 и УПД на коробки для конфет.</p>"
            "<table border=\"1\"><tr><td>Итого</td><td><b>158&nbsp;600,00 руб.</b></td></tr><tr><td>в т.ч. НДС 22%</td><td>28&nbsp;600,00 руб.</td></tr></table>"
            "<p>Отсрочка платежа — 14 календарных дней.</p></body></html>")
    d.add("02_schet_html_upd", d.invoice("i2", P, c, "2026-11-03 09:30 +0300", "Счёт и УПД № KPR-26-0522", txt,
                                         [T("Счёт № KPR-26-0522 от 03.11.2026"), T("Коробки для конфет 5 000 шт."),
                                          T("Итого: 158 600,00 руб., в т.ч. НДС 22% 28 600,00")], "KPR-26-0522.pdf", html=html),
          "invoice_copy", invoice_numbers="KPR-26-0522", amount=158600.00, currency="RUB", issue_date="2026-11-03",
          due_date="2026-11-17", payment_terms_days=14, note="VAT amount 28,600 inside the total is a competing number")

    c = C["ZH"]
    body = ("Руслан Магомедович, добрый день!\n\nПо договору № 47/26 от 28.10.2026 (общая сумма договора — 1 220 000,00 руб., в т.ч. НДС 22%) "
            "направляем счёт на предоплату 50 %:\n\nСчёт № KPR-26-0523 от 05.11.2026\nК оплате: 610 000,00 руб., в т.ч. НДС 22% 110 000,00 руб.\n"
            "Срок оплаты — до 10.11.2026. Оставшиеся 50 % — после отгрузки.\n" + sig_p)
    d.add("03_schet_predoplata", d.invoice("i3", P, c, "2026-11-05 14:15 +0300", "Счёт на предоплату № KPR-26-0523 (договор 47/26)",
                                           body, [T("Счёт № KPR-26-0523 от 05.11.2026"), T("Предоплата 50% по договору № 47/26"),
                                                  T("Сумма договора 1 220 000,00"), T("К оплате 610 000,00 руб., в т.ч. НДС 110 000,00"),
                                                  T("Срок оплаты до 10.11.2026")], "KPR-26-0523.pdf"),
          "invoice_copy", invoice_numbers="KPR-26-0523", amount=610000.00, currency="RUB", issue_date="2026-11-05",
          due_date="2026-11-10", note="advance 50%; contract total 1,220,000 not due now; no day-terms")

    c = C["AK"]
    body = ("Айгерим Сериковна, добрый день!\n\nНаправляем счёт № KPR-26-0524 от 09.11.2026 на изготовление кофейных пакетов.\n"
            "Сумма: 3 150 000,00 тенге (НДС РФ не облагается, экспорт).\nСрок оплаты: 30 дней.\n" + sig_a)
    d.add("04_schet_tenge", d.invoice("i4", A, c, "2026-11-09 08:40 +0300", "Счёт № KPR-26-0524 – ТОО «Алматы Кофе»", body,
                                      [T("Счёт № KPR-26-0524 от 09.11.2026"), T("Кофейные пакеты 30 000 шт."),
                                       T("Сумма: 3 150 000,00 KZT"), T("Срок оплаты 30 дней")], "KPR-26-0524.pdf"),
          "invoice_copy", invoice_numbers="KPR-26-0524", amount=3150000.00, currency="KZT", issue_date="2026-11-09",
          due_date="2026-12-09", payment_terms_days=30)

    c = C["PM"]
    body = ("Светлана Игоревна, добрый день!\n\nВысылаем два счёта от 12.11.2026:\n\n  № KPR-26-0525 — ценники и шелфтокеры — 61 000,00 руб.\n"
            "  № KPR-26-0526 — воблеры — 24 400,00 руб.\n\nВсего: 85 400,00 руб., в т.ч. НДС 22%. Оплата в течение 30 календарных дней.\n" + sig_a)
    parts = [mk.text(body),
             mk.binary(mk.pdf([T("Счёт № KPR-26-0525 от 12.11.2026"), T("Итого 61 000,00 руб.")]), "application/pdf", "KPR-26-0525.pdf"),
             mk.binary(mk.pdf([T("Счёт № KPR-26-0526 от 12.11.2026"), T("Итого 24 400,00 руб.")]), "application/pdf", "KPR-26-0526.pdf")]
    raw = d.mail("i5", d.staff[A], [(c.contact, c.addr)], "2026-11-12 12:20 +0300", "Счета № KPR-26-0525, KPR-26-0526",
                 mk.multipart("mixed", parts, "ru:i5"), cc=[(BOT_NAME["ru"], BOT)], helo=f"smtp.{D}", ip="203.0.113.40")
    d.add("05_dva_scheta", raw, "invoice_copy", invoice_numbers="KPR-26-0525;KPR-26-0526", amount=85400.00, currency="RUB",
          issue_date="2026-11-12", due_date="2026-12-12", payment_terms_days=30, note="two invoices; amount = sum")

    c = C["TD"]
    body = ("Елена Павловна, добрый день!\n\nНаправляем счёт № KPR-26-0527 от 16.11.2026 на упаковку для подарочных наборов.\n\n"
            "Сумма счёта: 183 000,00 руб., в т.ч. НДС 22%\nЗачтён аванс по п/п № 512 от 02.10.2026: 50 000,00 руб.\n"
            "Итого к оплате: 133 000,00 руб.\n\nОплата в течение 14 календарных дней.\n" + sig_a)
    d.add("06_schet_zachet_avansa", d.invoice("i6", A, c, "2026-11-16 13:00 +0300", "Счёт № KPR-26-0527", body,
                                              [T("Счёт № KPR-26-0527 от 16.11.2026"), T("Сумма 183 000,00"),
                                               T("Зачёт аванса -50 000,00"), T("К оплате 133 000,00 руб.")], "KPR-26-0527.pdf"),
          "invoice_copy", invoice_numbers="KPR-26-0527", amount=133000.00, currency="RUB", issue_date="2026-11-16",
          due_date="2026-11-30", payment_terms_days=14, note="183,000 less advance already paid 50,000")

    c = C["MB"]
    body = ("Виктор Андреевич, добрый день!\n\nСчёт № KPR-26-0528 от 17.11.2026 (экспорт в РБ, НДС 0 %).\n"
            "Сумма: 3 480,00 USD. Срок оплаты — 30 дней.\nSWIFT и реквизиты банка-корреспондента — в счёте.\n" + sig_p)
    d.add("07_schet_usd_belarus", d.invoice("i7", P, c, "2026-11-17 10:10 +0300", "Счёт № KPR-26-0528 (USD)", body,
                                            ["INVOICE / " + T("Счёт № KPR-26-0528 от 17.11.2026"), "Amount: USD 3,480.00",
                                             "VAT 0% export", "Payment term 30 days", "SWIFT VOLKRUMM, correspondent: Raiffeisen Bank International"],
                                            "KPR-26-0528.pdf"),
          "invoice_copy", invoice_numbers="KPR-26-0528", amount=3480.00, currency="USD", issue_date="2026-11-17",
          due_date="2026-12-17", payment_terms_days=30)

    c = C["KN"]
    body = ("Григорий Львович, добрый день!\n\nСчёт на обложки для серии «Классика» во вложении, сумма, как договаривались, 150 000 руб. без НДС.\n" + sig_p)
    d.add("08_schet_bez_nds_v_tekste", d.invoice("i8", P, c, "2026-11-19 16:30 +0300", "Счёт на обложки", body,
                                                 [T("Счёт № KPR-26-0529 от 19.11.2026"), T("Обложки, серия Классика   150 000,00"),
                                                  T("НДС 22%   33 000,00"), T("Итого с НДС: 183 000,00 руб."),
                                                  T("Оплата в течение 15 календарных дней")], "KPR-26-0529.pdf"),
          "invoice_copy", invoice_numbers="KPR-26-0529", amount=183000.00, currency="RUB", issue_date="2026-11-19",
          due_date="2026-12-04", payment_terms_days=15, note="body: 150,000 net; PDF total with VAT 183,000; number only in PDF")

    c = C["VL"]
    body = ("Андрей Сергеевич, добрый день!\n\nСчёт № KPR-26-0530 от 20.11.2026 на гофрокороба для экспорта, общая сумма 732 000,00 руб. "
            "(в т.ч. НДС 22%).\nКак договорились, оплата двумя платежами:\n  1-й платёж 50 % — 366 000,00 руб. до 01.12.2026\n"
            "  2-й платёж 50 % — 366 000,00 руб. до 15.12.2026\n" + sig_a)
    d.add("09_schet_dva_platezha", d.invoice("i9", A, c, "2026-11-20 09:00 +0300", "Счёт № KPR-26-0530 – график оплаты", body,
                                             [T("Счёт № KPR-26-0530 от 20.11.2026"), T("Итого 732 000,00 руб."),
                                              T("1-й платёж 366 000,00 до 01.12.2026"), T("2-й платёж 366 000,00 до 15.12.2026")],
                                             "KPR-26-0530.pdf"),
          "invoice_copy", invoice_numbers="KPR-26-0530", amount=366000.00, currency="RUB", issue_date="2026-11-20",
          due_date="2026-12-01", note="total 732,000 in two payments; first due now")

    c = C["TK"]
    body = ("Алексей, добрый день!\n\nВо вложении счёт № KPR-26-0531 от 24.11.2026 на наклейки для вашего магазина.\n"
            "Сумма к оплате: 36 600,00 руб. (в т.ч. НДС 22% — 6 600,00 руб.). Оплатить до 30.11.2026.\n\n"
            "Дмитрий\n\n-------- Пересылаемое сообщение --------\nОт: Анна Соколова <a.sokolova@kestrel-print.ru>\n"
            "Кому: Дмитрий Петров <d.petrov@kestrel-print.ru>\nДата: 24.11.2026 10:12\n\n"
            "Дима, по ИП Ткаченко: ты писал 30 000 — это без НДС? Тогда в счёт ставлю 36 600 с НДС, ок?\n\n"
            "> Да, 30 000 без НДС, выставляй с НДС.\n" + sig_p)
    d.add("10_schet_cp1251_vnutrennyaya_perepiska", d.invoice("i10", P, c, "2026-11-24 11:05 +0300", "Счёт № KPR-26-0531", body,
                                                              [T("Счёт № KPR-26-0531 от 24.11.2026"), T("Наклейки 2 000 шт."),
                                                               T("Итого 36 600,00 руб., в т.ч. НДС 6 600,00"), T("Оплатить до 30.11.2026")],
                                                              "KPR-26-0531.pdf", charset="windows-1251", cte="quoted-printable"),
          "invoice_copy", invoice_numbers="KPR-26-0531", amount=36600.00, currency="RUB", issue_date="2026-11-24",
          due_date="2026-11-30", note="windows-1251; quoted internal staff thread mentions 30,000 net")

    # ------------------------------------------------------------------ read receipts
    r = R["SV"]
    d.add("11_mdn_standart", d.mdn("m1", r, "2026-11-10 12:05 +0300",
                                   f"Сообщение\n\n  Кому: {r.to}\n  Тема: {r.subject}\n  Отправлено: 10.11.2026 10:00\n\n"
                                   "было прочитано 10.11.2026 12:05.\n"),
          "read_receipt", invoice_numbers="KPR-26-0488", original_message_id=r.id)
    r = R["UR"]
    d.add("12_prochitano_outlook", d.mdn("m2", r, "2026-11-16 14:20 +0500",
                                         f"Ваше сообщение\n\n    Кому:  Уральские Сладости, оплата\n    Тема:  {r.subject}\n"
                                         "    Отправлено:  16 ноября 2026 г. 12:00:00 (UTC+05:00) Екатеринбург\n\n"
                                         "было прочитано 16 ноября 2026 г. 14:20:05 (UTC+05:00) Екатеринбург.\n", standard=False),
          "read_receipt", invoice_numbers="KPR-26-0491", original_message_id=r.id)
    r = R["KN"]
    d.add("13_mdn_thunderbird", d.mdn("m3", r, "2026-11-12 17:45 +0300",
                                      "Это уведомление о прочтении письма, которое вы отправили на buh@knizhmir.ru.\n\n"
                                      "Примечание: уведомление означает лишь, что сообщение было показано на экране получателя.\n",
                                      ua="Mozilla Thunderbird", subject="Уведомление о прочтении (показано) - " + r.subject, irt=False),
          "read_receipt", invoice_numbers="KPR-26-0487", original_message_id=r.id)

    # ------------------------------------------------------------------ bounces
    r = R["VLx"]
    body = ("Это сообщение сгенерировано автоматически почтовым сервером mail.vladryba.ru.\n\n"
            "Ваше сообщение не было доставлено следующему получателю:\n\n  director@vladryba.ru\n\n"
            "Причина: политика безопасности получателя запрещает приём писем от внешних отправителей на этот адрес.\n"
            "Ответ сервера: 550 5.7.1 Delivery not authorized, message refused (policy)\n\nИсходное сообщение прилагается.\n")
    d.add("14_ndr_politika", d.ndr("b1", r, "2026-11-11 17:02 +1000", body, ("Почтовый сервер", "mailer-daemon@mail.vladryba.ru"),
                                   "Сообщение не доставлено: " + r.subject),
          "bounce", invoice_numbers="KPR-26-0484", failed_recipients="director@vladryba.ru", bounce_permanent=True,
          bounce_reason="policy", original_message_id=r.id, note="Russian non-standard NDR")
    r = R["ZHold"]
    d.add("15_dsn_spam_yandex", d.dsn("b2", r, "2026-11-18 10:02 +0300",
                                      "Это письмо создано автоматически сервером Яндекс Почты.\n\n"
                                      "К сожалению, ваше письмо не может быть доставлено одному или нескольким получателям:\n\n"
                                      "<ruslan.m@yandex.ru>: письмо отклонено по подозрению в спаме.\n"
                                      "    554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc\n",
                                      "5.7.1", "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc",
                                      "mx.yandex.ru", reporter="forward102.mail.yandex.net",
                                      frm=("MAILER-DAEMON", "mailer-daemon@yandex.ru"),
                                      subject="Недоставленное сообщение", full=False),
          "bounce", invoice_numbers="KPR-26-0494", failed_recipients="ruslan.m@yandex.ru", bounce_permanent=True,
          bounce_reason="spam", original_message_id=r.id)
    r = R["URold"]
    body = ("Сообщение не доставлено.\n\nПисьмо, отправленное вами на адрес o.nikolaev@uralsladosti.ru, не доставлено.\n"
            "Почтовый ящик не существует.\n\nSMTP error from remote mail server after RCPT TO:<o.nikolaev@uralsladosti.ru>:\n"
            "550 Message was not accepted -- invalid mailbox. Local mailbox o.nikolaev@uralsladosti.ru is unavailable: user not found\n\n"
            "----- Заголовки исходного сообщения -----\n\n" + d.reminder_header_lines(r) + "\n")
    d.add("16_ndr_net_polzovatelya", d.ndr("b3", r, "2026-11-16 12:03 +0500", body,
                                           ("Mail Delivery System", "mailer-daemon@uralsladosti.ru"),
                                           "Сообщение не доставлено", attach_original=False),
          "bounce", invoice_numbers="KPR-26-0491", failed_recipients="o.nikolaev@uralsladosti.ru", bounce_permanent=True,
          bounce_reason="user_unknown", original_message_id=r.id, note="rejected at RCPT; original headers inline")

    # ------------------------------------------------------------------ auto-replies
    r = R["SK"]
    raw = d.mail("a1", (C["SK"].contact, C["SK"].addr), [BOT], "2026-11-18 14:00 +0700", "Автоответ: " + r.subject,
                 mk.text("Здравствуйте!\n\nЯ в отпуске до 04.12.2026 включительно, выйду на работу 07.12.2026.\n"
                         "По срочным вопросам оплаты обращайтесь к Ольге Дмитриевне: o.kuzmina@sibkedr.ru.\n\nМарина Петровна\n"),
                 irt=r.id, refs=[r.id], extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    d.add("17_avtootvet_otpusk", raw, "auto_reply", invoice_numbers="KPR-26-0479;KPR-26-0495", return_date="2026-12-07",
          original_message_id=r.id)
    r = R["TK"]
    raw = d.mail("a2", (C["TK"].contact, C["TK"].addr), [BOT], "2026-11-23 10:01 +0300", "Re: " + r.subject,
                 mk.text("Добрый день! С 23 по 27 ноября я в командировке, с 30 ноября буду на месте и всё посмотрю.\nАлексей\n",
                         charset="koi8-r", cte="8bit"), irt=r.id, charset="koi8-r")
    d.add("18_komandirovka_bez_zagolovkov", raw, "auto_reply", invoice_numbers="KPR-26-0497", return_date="2026-11-30",
          original_message_id=r.id, note="no auto-reply headers; koi8-r; reads like a human reply")
    r = R["PM"]
    raw = d.mail("a3", ("ПродМаркет Бухгалтерия", C["PM"].addr), [BOT], "2026-11-17 10:00 +0300", "Автоответ: " + r.subject,
                 mk.text("Ваше письмо получено и зарегистрировано. Ответ будет направлен в течение 3 рабочих дней.\n"
                         "Это автоматическое сообщение, отвечать на него не нужно.\n"),
                 irt=r.id, extra=[("Auto-Submitted", "auto-replied"), ("X-Yandex-Autoreply", "yes")])
    d.add("19_avtootvet_registraciya", raw, "auto_reply", invoice_numbers="KPR-26-0493", original_message_id=r.id)

    # ------------------------------------------------------------------ challenge
    r = R["PL1"]
    url = "https://antispam-check.ru/confirm/9d41f7a2c3e8b5016f"
    raw = d.mail("c1", ("Антиспам-фильтр Парфюм Лайн", "noreply@antispam-check.ru"), [BOT], "2026-11-13 10:01 +0300",
                 "Подтвердите отправку письма на accounts@parfumline.ru",
                 mk.text("Здравствуйте!\n\nВаше письмо на адрес accounts@parfumline.ru задержано антиспам-фильтром.\n"
                         f"Тема: {r.subject}\n\nЧтобы подтвердить, что вы не робот, перейдите по ссылке:\n{url}\n\n"
                         "Письмо будет доставлено после подтверждения. Подтверждать нужно только один раз.\n"),
                 irt=r.id, extra=[("Auto-Submitted", "auto-replied")], return_path="")
    d.add("20_challenge_antispam", raw, "challenge", invoice_numbers="KPR-26-0489", challenge=url, original_message_id=r.id)

    # ------------------------------------------------------------------ payments
    bank, psp = d.notifiers["bank"], d.notifiers["psp"]

    def bank_mail(seed, when, text_):
        return d.mail(seed, bank, [BOT], when, "Поступление денежных средств на счёт 40702810900000012345",
                      mk.text("Банк Волга-Кредит. Уведомление о поступлении\n\n" + text_ + "\n\nСообщение сформировано автоматически.\n"),
                      helo="smtp.volgakredit.ru")
    d.add("21_postuplenie_nds_v_naznachenii", bank_mail("p1", "2026-11-18 11:20 +0300",
                                                        "Дата исполнения: 18.11.2026\nСумма: 244 000,00 RUB\nПлательщик: ООО \"СЕВЕРНАЯ ВОДА\" ИНН 7701234567\n"
                                                        "Назначение платежа: Оплата по счёту № KPR-26-0488 от 06.10.2026 за этикетки. "
                                                        "В т.ч. НДС 22% 44 000,00 руб."),
          "payment_confirmation", invoice_numbers="KPR-26-0488", amount=244000.00, currency="RUB", payment_date="2026-11-18",
          payment_full=True, note="VAT amount inside the payment purpose is not the amount paid")
    raw = d.mail("p2", psp, [BOT], "2026-11-20 15:40 +0300", "ПэйМир: успешная оплата по счёту KPR-26-0487",
                 mk.text("ПэйМир — уведомление продавцу\n\nПокупатель: ООО «Книжный Мир»\nСчёт: KPR-26-0487\nСумма оплаты: 85 400,00 ₽\n"
                         "Комиссия ПэйМир: 2 135,00 ₽\nК зачислению: 83 265,00 ₽\nДата оплаты: 20.11.2026\n"), helo="mx.paymir.ru")
    d.add("22_psp_komissiya", raw, "payment_confirmation", invoice_numbers="KPR-26-0487", amount=85400.00, currency="RUB",
          payment_date="2026-11-20", payment_full=True, note="customer paid 85,400; 83,265 is net of PSP fee")
    d.add("23_postuplenie_dva_scheta", bank_mail("p3", "2026-11-27 12:00 +0300",
                                                 "Дата исполнения: 27.11.2026\nСумма: 158 600,00 RUB\nПлательщик: ООО \"СИБИРСКИЙ КЕДР\"\n"
                                                 "Назначение платежа: Оплата по счетам № KPR-26-0479 на сумму 97 600,00 и № KPR-26-0495 "
                                                 "на сумму 61 000,00, в т.ч. НДС"),
          "payment_confirmation", invoice_numbers="KPR-26-0479;KPR-26-0495", amount=158600.00, currency="RUB",
          payment_date="2026-11-27", payment_full=True, allocations="KPR-26-0479=97600.00;KPR-26-0495=61000.00")
    d.add("24_postuplenie_usd", bank_mail("p4", "2026-11-25 16:10 +0300",
                                          "Зачисление валюты на транзитный валютный счёт 40702840200000004567\nДата валютирования: 25.11.2026\n"
                                          "Сумма: 2 900,00 USD\nПлательщик: OOO BROVAR MINSK, Minsk, Belarus\n"
                                          "Назначение платежа: PAYMENT FOR INVOICE KPR-26-0482"),
          "payment_confirmation", invoice_numbers="KPR-26-0482", amount=2900.00, currency="USD", payment_date="2026-11-25",
          payment_full=True)
    d.add("25_postuplenie_chastichnoe", bank_mail("p5", "2026-12-01 11:00 +0300",
                                                  "Дата исполнения: 01.12.2026\nСумма: 200 000,00 RUB\nПлательщик: ЗАО \"ЖЕМЧУЖИНА КАВКАЗА\"\n"
                                                  "Назначение платежа: Частичная оплата по счёту № KPR-26-0494, в т.ч. НДС 22%"),
          "payment_confirmation", invoice_numbers="KPR-26-0494", amount=200000.00, currency="RUB", payment_date="2026-12-01",
          payment_full=False)
    raw = d.mail("p6", bank, [BOT], "2026-11-26 09:15 +0300", "Поступление денежных средств на счёт 40702810900000012345",
                 mk.text("Банк Волга-Кредит. Уведомление о поступлении\n\nДата исполнения: 26.11.2026\nСумма: 366 000,00 RUB\n"
                         "Плательщик: ООО \"ВЛАДИВОСТОК РЫБА\"\nНазначение платежа: Оплата по счёту № KPR-26-0484\n"),
                 auth="fail", helo="mail.volgakredit-bank.com", ip="194.26.29.15",
                 extra=[("Authentication-Results", "mx1.kestrel-print.com; spf=pass smtp.mailfrom=volgakredit.ru;\n\t"
                                                   "dkim=pass header.d=volgakredit.ru; dmarc=pass header.from=volgakredit.ru")])
    d.add("26_poddelka_vstavlennyi_zagolovok", raw, "other", invoice_numbers="KPR-26-0484", needs_human=True,
          note="top Authentication-Results from mx1 says fail; a second, sender-inserted 'pass' header lower down must be ignored")

    # ------------------------------------------------------------------ client replies
    r = R["UR"]
    d.add("27_obeshchanie_data_pomoshchnik", d.reply("r1", C["UR"], r, "2026-11-17 11:30 +0500",
                                                     "Добрый день!\n\nПо поручению Олега Николаевича сообщаю: оплату счёта KPR-26-0491 "
                                                     "произведём 27.11.2026.\n\nС уважением,\nКсения Лаптева\nпомощник главного бухгалтера\n",
                                                     frm=("Ксения Лаптева", "k.lapteva@uralsladosti.ru")),
          "client_reply", invoice_numbers="KPR-26-0491", intent="promise", promised_date="2026-11-27", original_message_id=r.id,
          needs_human=False, note="reply by an assistant on behalf of the contact")
    r = R["PM"]
    d.add("28_obeshchanie_den_nedeli", d.reply("r2", C["PM"], r, "2026-11-30 12:00 +0300",
                                               "Здравствуйте!\n\nПриносим извинения за задержку. Оплатим в пятницу, 4 декабря.\n\nСветлана\n"),
          "client_reply", invoice_numbers="KPR-26-0493", intent="promise", promised_date="2026-12-04", original_message_id=r.id,
          needs_human=False)
    r = R["VL"]
    d.add("29_obeshchanie_konec_sleduyushchei_nedeli", d.reply("r3", C["VL"], r, "2026-11-12 16:40 +1000",
                                                               "Добрый день,\n\nоплатим до конца следующей недели, сейчас ждём поступлений от "
                                                               "покупателей.\n\nАндрей\n"),
          "client_reply", invoice_numbers="KPR-26-0484", intent="promise", promised_date="2026-11-20", original_message_id=r.id,
          needs_human=False, note="'до конца следующей недели' from Thu 12 Nov = Fri 20 Nov")
    r = R["ZH"]
    d.add("30_obeshchanie_uslovnoe", d.reply("r4", C["ZH"], r, "2026-11-19 13:10 +0300",
                                             "Добрый день!\n\nОплата по счёту KPR-26-0494 будет произведена 30.11.2026 при условии получения "
                                             "оригиналов УПД и счёта-фактуры. До сих пор их не получили.\n\nРуслан Магомедович\n"),
          "client_reply", invoice_numbers="KPR-26-0494", intent="promise", promised_date="2026-11-30", original_message_id=r.id,
          needs_human=True, note="conditional on original documents")
    r = R["TD"]
    body = ("Добрый день!\n\nСчёт KPR-26-0492 оплачен 20.11.2026 платёжным поручением № 1184 на сумму 158 600,00 руб. "
            "Прошу проверить поступление.\n\nЕлена Павловна\n\n-----Исходное сообщение-----\nОт: Елена Павловна\n"
            "Отправлено: 17.11.2026 9:40\nТема: RE: " + r.subject + "\n\nОплатим до 25.11, сейчас на согласовании у директора.\n")
    d.add("31_oplacheno_s_citatoi_obeshchaniya", d.reply("r5", C["TD"], r, "2026-11-23 09:15 +0400", body),
          "client_reply", invoice_numbers="KPR-26-0492", intent="paid", amount=158600.00, currency="RUB", payment_date="2026-11-20",
          original_message_id=r.id, needs_human=False, note="quoted earlier promise (25.11) must be ignored")
    r = R["TK"]
    d.add("32_telefon_oplatil", d.reply("r6", C["TK"], r, "2026-12-01 19:48 +0300",
                                        "оплатил сегодня\n\n--\nОтправлено из мобильной Почты Mail.ru\n", subject="Re: " + r.subject,
                                        quote=False),
          "client_reply", invoice_numbers="KPR-26-0497", intent="paid", payment_date="2026-12-01", original_message_id=r.id,
          needs_human=False)
    r = R["AP"]
    d.add("33_dispute_english", d.reply("r7", C["AP"], r, "2026-11-13 15:20 +0500",
                                        "Good afternoon,\n\nWe cannot accept invoice KPR-26-0490. The blister cartons do not meet the "
                                        "pharmacopoeia print specification (batch field missing), so the lot is quarantined. We will not pay "
                                        "until a replacement lot is delivered.\n\nRegards,\nYerzhan Nurlanov\nAstana Pharm LLP\n",
                                        subject="RE: " + r.subject),
          "client_reply", language="en", invoice_numbers="KPR-26-0490", intent="dispute", original_message_id=r.id,
          needs_human=True, note="Kazakh client replies in English")
    r1, r2 = R["PL1"], R["PL2"]
    body = ("Добрый день!\n\nОтвечаю сразу на оба ваших письма.\n\n1) Счёт KPR-26-0489 — оплачен 12.11.2026, 73 200,00 руб., п/п № 877.\n"
            "2) Счёт KPR-26-0499 — с суммой не согласны: по спецификации цена за флакон-коробку 12,40 руб., а не 15,50 руб. "
            "Просим выставить корректный счёт.\n\nНаталья Олеговна\nООО «Парфюм Лайн»\n")
    raw = d.reply("r8", C["PL"], r2, "2026-11-26 17:30 +0300", body, refs_extra=[r1.id])
    d.add("34_dva_napominaniya_oplata_i_spor", raw, "client_reply", invoice_numbers="KPR-26-0489;KPR-26-0499", intent="dispute",
          amount=73200.00, currency="RUB", payment_date="2026-11-12", original_message_id=r2.id, needs_human=True,
          note="answers two reminders: paid claim for 0489 + dispute of 0499; amount/payment_date refer to 0489")
    r = R["AK"]
    d.add("35_rassrochka", d.reply("r9", C["AK"], r, "2026-11-13 10:30 +0500",
                                   "Добрый день!\n\nВ связи с задержкой оплаты от нашего крупного клиента просим разрешить оплатить "
                                   "счёт KPR-26-0486 (2 450 000 тенге) двумя частями — в декабре и в январе.\n\nС уважением,\n"
                                   "Айгерим Сериковна\nглавный бухгалтер ТОО «Алматы Кофе»\n"),
          "client_reply", invoice_numbers="KPR-26-0486", intent="plan", original_message_id=r.id, needs_human=True)
    r = R["SV"]
    d.add("36_stop_oficialno", d.reply("r10", C["SV"], r, "2026-11-11 09:50 +0300",
                                       "Уважаемые коллеги!\n\nПросим прекратить направление автоматических напоминаний об оплате на данный "
                                       "адрес. В соответствии с п. 8.3 договора поставки вся претензионная переписка ведётся через оператора "
                                       "ЭДО (Диадок) либо заказным письмом.\n\nГлавный бухгалтер\nИ. В. Смирнова\n", charset="windows-1251"),
          "client_reply", invoice_numbers="KPR-26-0488", intent="stop", original_message_id=r.id, needs_human=True,
          note="formal stop; windows-1251")
    r = R["KN"]
    d.add("37_ne_poluchali_schet", d.reply("r11", C["KN"], r, "2026-11-12 18:05 +0300",
                                           "Добрый вечер!\n\nСчёт KPR-26-0487 мы не получали — ни по почте, ни через ЭДО. Пришлите, пожалуйста, "
                                           "копию, и лучше ссылку на оплату картой.\n\nГригорий Львович\n"),
          "client_reply", invoice_numbers="KPR-26-0487", intent="not_received", original_message_id=r.id, needs_human=False)
    r = R["MB"]
    d.add("38_rekvizity_usd", d.reply("r12", C["MB"], r, "2026-11-11 11:00 +0300",
                                      "Добрый день!\n\nДля оплаты в USD наш банк запрашивает SWIFT вашего банка и реквизиты банка-корреспондента. "
                                      "Укажите их, пожалуйста, — в напоминании только рублёвый счёт.\n\nВиктор Андреевич\nООО «Бровар Минск»\n"),
          "client_reply", invoice_numbers="KPR-26-0482", intent="payment_details", original_message_id=r.id, needs_human=False)
    r = R["SK"]
    d.add("39_vopros_drugoe_yurlico", d.reply("r13", C["SK"], r, "2026-11-19 10:10 +0700",
                                              "Здравствуйте! Марина Петровна в отпуске, пишу вместо неё.\n\nПодскажите, можно ли оплатить счета "
                                              "KPR-26-0479 и KPR-26-0495 с расчётного счёта нашей дочерней компании ООО «Сибирский Кедр-Трейд»? "
                                              "Нужно ли для этого письмо-распоряжение?\n\nОльга Кузьмина\n",
                                              frm=("Ольга Кузьмина", "o.kuzmina@sibkedr.ru")),
          "client_reply", invoice_numbers="KPR-26-0479;KPR-26-0495", intent="question", original_message_id=r.id, needs_human=True,
          note="colleague replies while contact is on leave; third-party payment question")

    # ------------------------------------------------------------------ staff
    raw = d.mail("s1", d.staff[A], [BOT], "2026-12-04 15:30 +0300", "paid KPR-26-0493",
                 mk.text("paid KPR-26-0493 122000.00 2026-12-04\n" + sig_a), helo=f"smtp.{D}", ip="203.0.113.40")
    d.add("40_komanda_paid", raw, "staff_command", invoice_numbers="KPR-26-0493", amount=122000.00, currency="RUB",
          payment_date="2026-12-04")
    raw = d.mail("s2", d.staff[P], [BOT], "2026-11-16 12:40 +0300", "Алматы Кофе — договорились о рассрочке",
                 mk.text("Коллеги,\n\nЗвонила Айгерим Сериковна из «Алматы Кофе». Договорились: KPR-26-0486 платят двумя частями — "
                         "1 225 000 тенге до 10.12 и остаток до 25.12. Напоминания до 10.12 не слать.\n\nДмитрий" + sig_p),
                 helo=f"smtp.{D}", ip="203.0.113.40")
    d.add("41_svobodnyi_tekst_rassrochka", raw, "staff_command", invoice_numbers="KPR-26-0486", needs_human=True,
          note="prose plan agreement: 1,225,000 KZT by 2026-12-10, rest by 2026-12-25")

    # ------------------------------------------------------------------ other
    raw = d.mail("o1", ("Вестник полиграфиста", "news@vestnik-poligrafista.ru"), [BOT], "2026-11-24 08:00 +0300",
                 "Вестник полиграфиста № 46: цены на картон, новые требования к маркировке",
                 mk.text("Выпуск № 46\n\n• Цены на мелованный картон в декабре\n• Честный ЗНАК: новые требования к маркировке\n\n"
                         "Отписаться: https://vestnik-poligrafista.ru/unsubscribe?e=ar\n"),
                 extra=[("List-Unsubscribe", "<https://vestnik-poligrafista.ru/unsubscribe?e=ar>"), ("Precedence", "bulk")])
    d.add("42_rassylka", raw, "other")
    raw = d.mail("o2", ("Базы клиентов 2026", "sale@baza-klientov.online"), [BOT], "2026-11-28 04:10 +0300",
                 "Базы данных оптовых покупателей — скидка 70%",
                 mk.text("Продаём актуальные базы оптовых покупателей по всей России. Скидка 70% только сегодня! Пишите в Telegram.\n"),
                 auth="mx1.kestrel-print.com;\n\tspf=softfail smtp.mailfrom=baza-klientov.online;\n\tdkim=none;\n\tdmarc=none",
                 ip="5.188.10.4")
    d.add("43_spam_bazy", raw, "other")
    raw = d.mail("o3", ("Игорь Белов", "i.belov@karton-resurs.ru"), [BOT], "2026-12-08 11:00 +0300",
                 "Коммерческое предложение: гофрокартон от производителя",
                 mk.text("Добрый день!\n\nООО «Картон-Ресурс» предлагает поставки гофрокартона марок Т-23, Т-24 по ценам производителя. "
                         "Готовы выслать образцы. Подскажите, кто у вас отвечает за закупки?\n\nИгорь Белов\n"))
    d.add("44_neznakomec_predlozhenie", raw, "other", needs_human=True, note="stranger: supplier sales offer")
    return d

"""ru desk: ООО «Мерроу Лин» (Москва) and ТОО «Merrow Linen Kazakhstan» (Алматы); RUB and KZT clients."""
from lib import (BOT, Attach, Multi, R, Raw, Text, addr, alt, authres, dsn, lab, mail, make_pdf,
                 mdn, quoted, rem, rfc822_part, staff, t, to_html, add_days, rfc_date, hx, reminder_raw)

D = "ru"
OLGA = addr(*staff(D, "olga"))
ARTEM = addr(*staff(D, "artem"))
AIGERIM = addr(*staff(D, "aigerim"))
BOTC = f"Merrow Linen Accounts <{BOT}>"
REKV = ("Получатель: ООО «Мерроу Лин», ИНН 7714829365, КПП 771401001\n"
        "р/с 40702810938000117254 в АО «Волга-Банк», БИК 044525731, к/с 30101810245250000731")
REKV_KZ = ("Бенефициар: ТОО «Merrow Linen Kazakhstan», БИН 180840021547\n"
           "ИИК KZ52 722S 0000 1734 0911 в АО «Степь Банк», БИК STEPKZKA, Кбе 17")


def reminders():
    rem(D, "severnaya", "2026-02-20 09:30 +0300", "buh@hotel-severnaya.ru", "MLR-26-0390", "74400.00", "RUB", "2026-02-13")
    rem(D, "alatau", "2026-02-27 10:00 +0500", "buh@alataugrand.kz", "MLR-26-0402", "1568000.00", "KZT", "2026-02-20")
    rem(D, "uyut", "2026-02-24 09:30 +0300", "cafe-uyut@yandex.ru", "MLR-26-0395", "18900.00", "RUB", "2026-02-16")
    rem(D, "volna", "2026-02-18 09:30 +0300", "fin@pansionat-volna.ru", "MLR-26-0384", "96000.00", "RUB", "2026-02-10")
    rem(D, "zdorovie", "2026-02-20 09:30 +0500", "buh@mc-zdorovie.ru", "MLR-26-0405", "52800.00", "RUB", "2026-02-25", stage="predue")
    rem(D, "baikal", "2026-02-25 09:30 +0800", "buh@hotel-baikal38.ru", "MLR-26-0399", "124600.00", "RUB", "2026-02-18")
    rem(D, "shymkent", "2026-02-19 10:00 +0500", "finance@shymkentplaza.kz", "MLR-26-0388", "1254400.00", "KZT", "2026-02-12")
    rem(D, "trapeza", "2026-02-24 09:30 +0300", "buh@trapeza-rest.ru", "MLR-26-0411", "43200.00", "RUB", "2026-03-20", stage="arrival")
    rem(D, "atlet", "2026-02-25 09:30 +0300", "finance@atlet-fitness.ru", "MLR-26-0414", "31500.00", "RUB", "2026-03-23", stage="arrival")
    rem(D, "arena", "2026-02-16 09:30 +0300", "director@arena-servis.ru", "MLR-26-0377", "58800.00", "RUB", "2026-02-02")
    rem(D, "kremlevsky", "2026-02-24 09:30 +0300", "buh@kremlevsky-hotel.ru", "MLR-26-0421", "87600.00", "RUB", "2026-02-27", stage="predue")
    rem(D, "zvezda", "2026-02-26 09:30 +0300", "buh@sanatoriy-zvezda.ru", ["MLR-26-0425", "MLR-26-0427"], ["64800.00", "39600.00"], "RUB", ["2026-02-19", "2026-02-20"])
    rem(D, "ural", "2026-02-19 09:30 +0500", "buh@uralhotel.ru", "MLR-26-0386", "112800.00", "RUB", "2026-02-11")
    rem(D, "parus", "2026-02-19 09:30 +0300", "buh@parus-hotel.ru", "MLR-26-0408", "27600.00", "RUB", "2026-03-13", stage="arrival")
    rem(D, "sibir", "2026-02-24 09:30 +0700", "sibirtour@mail.ru", "MLR-26-0397", "45000.00", "RUB", "2026-02-16")
    rem(D, "taiga", "2026-02-25 09:30 +0700", "buh@taiga-hotel.ru", "MLR-26-0416", "66000.00", "RUB", "2026-03-24", stage="arrival")
    rem(D, "neva", "2026-02-26 09:30 +0300", "buh@nevahotel.ru", "MLR-26-0418", "58200.00", "RUB", "2026-03-26", stage="arrival")
    rem(D, "anatolia", "2026-02-24 10:00 +0500", "muhasebe@anatoliahotel.kz", "MLR-26-0392", "2016000.00", "KZT", "2026-02-16")
    rem(D, "pierogi", "2026-02-26 10:00 +0500", "ksiegowosc@pierogarnia.kz", "MLR-26-0401", "486400.00", "KZT", "2026-03-02", stage="predue")
    rem(D, "nochi", "2026-02-26 09:30 +0300", "buh@belye-nochi-hotel.ru", "MLR-26-0420", "79200.00", "RUB", "2026-03-26", stage="arrival")
    rem(D, "atmosfera", "2026-02-27 09:30 +0300", "buh@atmosfera-fit.ru", "MLR-26-0423", "24600.00", "RUB", "2026-03-27", stage="arrival")
    rem(D, "astana", "2026-02-24 10:00 +0500", "buh@astanaresidence.kz", "MLR-26-0412", "892800.00", "KZT", "2026-03-20", stage="arrival")
    rem(D, "altai", "2026-02-24 09:30 +0700", "info@altai-travel.ru", "MLR-26-0410", "36000.00", "RUB", "2026-03-19", stage="arrival")
    rem(D, "karaganda", "2026-02-26 10:00 +0500", "buh@karagandacity.kz", "MLR-26-0419", "744000.00", "KZT", "2026-03-26", stage="arrival")
    rem(D, "medeu", "2026-02-18 10:00 +0500", "buh@medeuhotel.kz", ["MLR-26-0380", "MLR-26-0393"], ["640000.00", "412800.00"], "KZT", ["2026-02-06", "2026-02-13"])


def p(n, slug):
    return f"{D}/{n:02d}_{slug}.eml"


def invoices():
    mail(p(1, "schet_severnaya_bankovskie_dni"),
         lab("invoice_copy", "ru", inv="MLR-26-0461", amount="148800.00", currency="RUB", issue_date="2026-02-18",
             due_date="2026-02-26",
             note="'5 банковских дней' from Wed 18 Feb, skipping the weekend and the 23 Feb holiday -> 26 Feb; not calendar days, so terms left empty"),
         frm=OLGA, to="buh@hotel-severnaya.ru", cc=BOTC,
         subject="Счёт № MLR-26-0461 от 18.02.2026", date="2026-02-18 11:20 +0300",
         body=Text(t("""
            Добрый день!

            Направляем счёт на оплату услуг аренды и стирки белья за январь 2026 г.

            Счёт № MLR-26-0461 от 18.02.2026
            Сумма: 148 800,00 руб., в т.ч. НДС 22 % — 26 832,79 руб.

            Счёт подлежит оплате в течение 5 (пяти) банковских дней с даты выставления.
            {REKV}

            Закрывающие документы (УПД) направим через ЭДО.

            С уважением,
            Ольга Смирнова
            бухгалтер по расчётам с клиентами
            ООО «Мерроу Лин»
            """).replace("{REKV_KZ}", REKV_KZ).replace("{REKV}", REKV), cte="quoted-printable"))

    html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
        <body style="font-family:Arial;font-size:13px">
        <p>Добрый день!</p>
        <p>Во вложении к письму &mdash; счёт на оплату за февраль (стирка и аренда текстиля).</p>
        <table border="1" cellpadding="4" style="border-collapse:collapse">
        <tr><td>Счёт №</td><td>MLR-26-0463</td></tr>
        <tr><td>Дата</td><td>19.02.2026</td></tr>
        <tr><td>Сумма к оплате</td><td>97&nbsp;600,00 руб. (в т.ч. НДС 22%)</td></tr>
        <tr><td>Срок оплаты</td><td>до 05.03.2026</td></tr>
        </table>
        <p>С уважением,<br>Ольга Смирнова<br>ООО &laquo;Мерроу Лин&raquo;</p>
        </body></html>
        """)
    mail(p(2, "schet_ural_bcc_html_cp1251"),
         lab("invoice_copy", "ru", inv="MLR-26-0463", amount="97600.00", currency="RUB", issue_date="2026-02-19",
             due_date="2026-03-05", note="HTML only, windows-1251 base64, bot in Bcc; fixed due date"),
         frm=OLGA, to="buh@uralhotel.ru", delivered_to=BOT,
         subject="Счёт на оплату MLR-26-0463", date="2026-02-19 12:00 +0300",
         body=Text(html, "html", "windows-1251", "base64"))

    pdf = make_pdf([
        "# Счёт на оплату № MLR-26-0465 от 20.02.2026",
        "Поставщик: ООО «Мерроу Лин», ИНН 7714829365, КПП 771401001",
        "Покупатель: ООО «Отель Кремлёвский», г. Казань",
        "",
        "1. Аренда постельного белья, февраль          38 000,00",
        "2. Стирка полотенец и халатов                 23 000,00",
        "Итого:                                        61 000,00",
        "В том числе НДС (22%):                        11 000,00",
        "Всего к оплате: 61 000,00 руб.",
        "",
        "Оплата в течение 14 календарных дней с даты счёта.",
        "р/с 40702810938000117254 в АО «Волга-Банк», БИК 044525731",
    ], "MLR-26-0465")
    mail(p(3, "schet_kremlevsky_tolko_pdf"),
         lab("invoice_copy", "ru", inv="MLR-26-0465", amount="61000.00", currency="RUB", issue_date="2026-02-20",
             due_date=add_days("2026-02-20", 14), payment_terms_days=14,
             note="facts only in a Cyrillic PDF (custom encoding + ToUnicode)"),
         frm=ARTEM, to="buh@kremlevsky-hotel.ru", cc=BOTC,
         subject="Счёт", date="2026-02-20 15:47 +0300",
         body=Multi("mixed", [
             Text("Добрый день!\n\nСчёт во вложении.\n\n--\nАртём Ковалёв\nменеджер по работе с клиентами\n", cte="quoted-printable"),
             Attach(pdf, "application/pdf", "Счёт MLR-26-0465.pdf")]))

    mail(p(4, "schet_zvezda_predoplata"),
         lab("invoice_copy", "ru", inv="MLR-26-0467", amount="600000.00", currency="RUB", issue_date="2026-02-24",
             due_date="2026-03-03",
             note="contract value 1 200 000 is context; 50 % prepayment 600 000 is due; fixed date"),
         frm=ARTEM, to="buh@sanatoriy-zvezda.ru", cc=f"Директор <director@sanatoriy-zvezda.ru>, {BOTC}",
         subject="Счёт на предоплату по договору № 12/26-С", date="2026-02-24 12:30 +0300",
         body=alt(t("""
            Добрый день, Галина Викторовна!

            По договору № 12/26-С на оснащение нового корпуса текстилем направляем счёт на
            предоплату.

            Сумма договора: 1 200 000,00 руб.
            Счёт № MLR-26-0467 от 24.02.2026 — предоплата 50 %: 600 000,00 руб.
            (в т.ч. НДС 22 % — 108 196,72 руб.)

            Просим оплатить до 03.03.2026. Оставшиеся 50 % оплачиваются после поставки.

            {REKV}

            С уважением,
            Артём Ковалёв
            """).replace("{REKV_KZ}", REKV_KZ).replace("{REKV}", REKV)))

    mail(p(5, "schet_alatau_tenge"),
         lab("invoice_copy", "ru", inv="MLR-26-0468", amount="1254400.00", currency="KZT", issue_date="2026-02-25",
             due_date="2026-03-06", note="KZT, VAT 16 %, fixed due date"),
         frm=AIGERIM, to="buh@alataugrand.kz", cc=BOTC,
         subject="Счёт на оплату № MLR-26-0468", date="2026-02-25 11:05 +0500",
         body=Text(t("""
            Здравствуйте!

            Направляю счёт на оплату за февраль 2026 года.

            Счёт на оплату № MLR-26-0468 от 25.02.2026
            Итого к оплате: 1 254 400,00 тенге, в т.ч. НДС 16 % — 173 020,69 тенге
            Срок оплаты — до 06.03.2026.

            {REKV_KZ}

            С уважением,
            Айгерим Нурланова
            ТОО «Merrow Linen Kazakhstan», Алматы
            """).replace("{REKV_KZ}", REKV_KZ).replace("{REKV}", REKV), cte="quoted-printable"))

    pdf = make_pdf([
        "# Счёт на оплату № MLR-26-0470 от 26.02.2026",
        "Поставщик: ООО «Мерроу Лин»",
        "Покупатель: ООО «Гостиница Байкал», г. Иркутск",
        "",
        "1. Аренда белья, февраль                      96 000,00",
        "2. Стирка спецодежды персонала                30 000,00",
        "3. Химчистка штор (ресторан)                  15 120,00",
        "Всего к оплате: 141 120,00 руб., в т.ч. НДС 22%",
        "",
        "Оплата в течение 10 календарных дней.",
    ], "MLR-26-0470")
    mail(p(6, "schet_baikal_summa_ne_sovpadaet"),
         lab("invoice_copy", "ru", inv="MLR-26-0470", currency="RUB", issue_date="2026-02-26",
             due_date=add_days("2026-02-26", 10), payment_terms_days=10, needs_human=True,
             note="body says 126 000 to pay, the attached PDF says 141 120 (extra curtain line): conflict, amount left empty"),
         frm=ARTEM, to="buh@hotel-baikal38.ru", cc=BOTC,
         subject="Счёт MLR-26-0470 за февраль", date="2026-02-26 10:40 +0300",
         body=Multi("mixed", [
             Text(t("""
                Добрый день!

                Во вложении счёт MLR-26-0470 от 26.02.2026, к оплате 126 000 руб.
                Оплата в течение 10 календарных дней.

                С уважением,
                Артём Ковалёв
                """), cte="quoted-printable"),
             Attach(pdf, "application/pdf", "MLR-26-0470.pdf")]))

    mail(p(7, "schet_uyut_koi8r_nemedlenno"),
         lab("invoice_copy", "ru", inv="MLR-26-0472", amount="8400.00", currency="RUB", issue_date="2026-02-27",
             due_date="2026-02-27", note="'подлежит оплате незамедлительно' -> due = issue; koi8-r QP"),
         frm=OLGA, to="cafe-uyut@yandex.ru", cc=BOTC,
         subject=("Счёт MLR-26-0472 (срочная доставка скатертей)"), date="2026-02-27 14:15 +0300",
         body=Text(t("""
            Ирина, добрый день!

            Выставляем счёт за срочную доставку скатертей и салфеток к вашему банкету 26.02.

            Счёт N MLR-26-0472 от 27.02.2026
            Сумма: 8 400,00 руб., в т.ч. НДС 22 %

            Счёт подлежит оплате незамедлительно.

            С уважением,
            Ольга Смирнова
            """), charset="koi8-r", cte="quoted-printable"))

    mail(p(8, "schet_trapeza_zachet_avansa"),
         lab("invoice_copy", "ru", inv="MLR-26-0474", amount="61600.00", currency="RUB", issue_date="2026-03-02",
             due_date=add_days("2026-03-02", 10), payment_terms_days=10,
             note="total 81 600 less advance 20 000 offset = 61 600 to pay"),
         frm=OLGA, to="buh@trapeza-rest.ru", cc=BOTC,
         subject="Счёт № MLR-26-0474 от 02.03.2026", date="2026-03-02 10:10 +0300",
         body=alt(t("""
            Добрый день!

            Направляем счёт за февраль с учётом полученного аванса.

            Счёт № MLR-26-0474 от 02.03.2026
            Итого по счёту: 81 600,00 руб.
            Зачтён аванс (п/п № 77 от 10.02.2026): 20 000,00 руб.
            Итого к доплате: 61 600,00 руб., в т.ч. НДС 22 %

            Срок оплаты — 10 календарных дней.
            {REKV}

            С уважением,
            Ольга Смирнова
            """).replace("{REKV_KZ}", REKV_KZ).replace("{REKV}", REKV)))

    mail(p(9, "schet_medeu_otsrochka_45"),
         lab("invoice_copy", "ru", inv="MLR-26-0476", amount="986000.00", currency="KZT", issue_date="2026-03-03",
             due_date=add_days("2026-03-03", 45), payment_terms_days=45,
             note="'отсрочка платежа 45 календарных дней'"),
         frm=AIGERIM, to="buh@medeuhotel.kz", cc=BOTC,
         subject="Счёт MLR-26-0476", date="2026-03-03 09:50 +0500",
         body=Text(t("""
            Добрый день!

            Направляем счёт на оплату № MLR-26-0476 от 03.03.2026 на сумму 986 000,00 тенге
            (в т.ч. НДС 16 %). Согласно договору предоставляется отсрочка платежа 45 календарных
            дней с даты счёта.

            {REKV_KZ}

            С уважением,
            Айгерим Нурланова
            """).replace("{REKV_KZ}", REKV_KZ).replace("{REKV}", REKV), cte="quoted-printable"))

    fwd = t("""
        Ольга, добрый день!
        Забыл поставить бота в копию, внеси, пожалуйста.

        -------- Пересылаемое сообщение --------
        03.03.2026, 17:45, Артём Ковалёв <a.kovalev@merrow-linen.ru>:

        Кому: fin@pansionat-volna.ru
        Тема: Счёт MLR-26-0478

        Добрый день!
        Направляю счёт за дополнительную стирку пледов и покрывал.

        Счёт № MLR-26-0478 от 03.03.2026
        Сумма: 42 000,00 руб., в т.ч. НДС 22 %
        Оплата в течение 7 дней.

        {REKV}

        С уважением,
        Артём Ковалёв
        -------- Конец пересылаемого сообщения --------
        """).replace("{REKV_KZ}", REKV_KZ).replace("{REKV}", REKV)
    mail(p(10, "schet_volna_pereslano"),
         lab("invoice_copy", "ru", inv="MLR-26-0478", amount="42000.00", currency="RUB", issue_date="2026-03-03",
             due_date=add_days("2026-03-03", 7), payment_terms_days=7,
             note="staff forwards yesterday's invoice to the bot; debtor only inside the forward"),
         frm=ARTEM, to=f"Ольга Смирнова <o.smirnova@merrow-linen.ru>, {BOTC}",
         subject="Fwd: Счёт MLR-26-0478", date="2026-03-04 10:00 +0300",
         body=Text(fwd, cte="base64"))


def replies():
    r = R(D, "severnaya")
    pp = make_pdf([
        "# ПЛАТЁЖНОЕ ПОРУЧЕНИЕ № 412",
        "Дата: 24.02.2026          Вид платежа: электронно",
        "Сумма: 74400-00",
        "Плательщик: ООО «Гостиница Северная», ИНН 7813456120",
        "Получатель: ООО «Мерроу Лин», ИНН 7714829365",
        "Сч. № 40702810938000117254, АО «Волга-Банк»",
        "Назначение платежа: Оплата по счёту MLR-26-0390 от 30.01.2026,",
        "в т.ч. НДС 22% 13416-39",
    ], "PP 412")
    mail(p(11, "otvet_severnaya_oplatili_vchera"),
         lab("client_reply", "ru", inv="MLR-26-0390", intent="paid_claim", amount="74400.00", currency="RUB",
             payment_date="2026-02-24", note="Wed 25 Feb: 'оплатили вчера' = 24 Feb; payment order PDF attached"),
         frm="Марина Ефимова <buh@hotel-severnaya.ru>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-25 10:05 +0300", irt=r["mid"],
         body=Multi("mixed", [
             Text(t("""
                Добрый день!

                Счёт MLR-26-0390 оплатили вчера, сумма 74 400,00 руб. Платёжное поручение № 412
                во вложении.

                С уважением,
                Марина Петровна Ефимова
                главный бухгалтер ООО «Гостиница Северная»
                тел. (812) 555-12-40
                """) + quoted(r), cte="quoted-printable"),
             Attach(pp, "application/pdf", "п-п 412 от 24.02.2026.pdf")]))

    r = R(D, "alatau")
    mail(p(12, "otvet_alatau_zavtra_polnoch"),
         lab("client_reply", "ru", inv="MLR-26-0402", intent="promise", promised_date="2026-03-04",
             note="sent Tue 3 Mar 00:24 Almaty (Mon 2 Mar 19:24 UTC): 'завтра' = Wed 4 March local"),
         frm="Данияр Сейткали <buh@alataugrand.kz>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-03-03 00:24 +0500", irt=r["mid"],
         body=Text("Здравствуйте!\n\nИзвините за задержку, только вернулся из командировки. Оплату по счёту "
                   "MLR-26-0402 проведём завтра до обеда.\n\nДанияр\n" + quoted(r), cte="quoted-printable"))

    r = R(D, "uyut")
    mail(p(13, "otvet_uyut_do_kontsa_nedeli"),
         lab("client_reply", "ru", inv="MLR-26-0395", intent="promise", promised_date="2026-02-27",
             note="Tue 24 Feb: 'до конца недели' = Fri 27 Feb"),
         frm="Кафе Уют <cafe-uyut@yandex.ru>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-24 18:40 +0300", irt=r["mid"],
         auth=authres("yandex.ru", policy="reject"), received_from="forward501a.mail.yandex.net",
         body=Text("Добрый вечер. Оплатим до конца недели.\n\nИрина\n\n-- \nОтправлено из мобильной Яндекс Почты\n"
                   + quoted(r), cte="base64"))

    r = R(D, "volna")
    earlier_mid = "<1740412133.771402@pansionat-volna.ru>"
    earlier = t("""
        25.02.2026, 14:02, "Пансионат Волна" <fin@pansionat-volna.ru>:
        > Добрый день! Счёт MLR-26-0384 оплатим 27.02.
        > Сергей
        """)
    mail(p(14, "otvet_volna_otmena_obeshchaniya"),
         lab("client_reply", "ru", inv="MLR-26-0384", intent="other", needs_human=True,
             note="retracts yesterday's promise for 27 Feb, new date 'later' -> no promise left"),
         frm="Сергей Малышев <fin@pansionat-volna.ru>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-26 11:15 +0300", irt=earlier_mid,
         refs=f"{r['mid']}\n {earlier_mid}",
         body=alt(t("""
            Добрый день.

            Вчера писал вам, что оплатим 27-го, — к сожалению, не получится: собственник перенёс
            все платежи поставщикам на следующий месяц. Новую дату сообщу дополнительно.

            Сергей Малышев
            финансовый отдел, пансионат «Волна»
            """) + "\n" + earlier))

    r = R(D, "zdorovie")
    mail(p(15, "otvet_zdorovie_posle_akta"),
         lab("client_reply", "ru", inv="MLR-26-0405", intent="promise", needs_human=True,
             note="conditional: will pay after the act of services is signed, no date"),
         frm="Бухгалтерия МЦ «Здоровье» <buh@mc-zdorovie.ru>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-20 14:20 +0500", irt=r["mid"],
         body=alt(t("""
            Добрый день.

            Счёт получили. Оплата будет произведена после подписания акта выполненных работ
            за февраль — направьте, пожалуйста, акт через ЭДО.

            С уважением,
            Наталья Кузнецова
            бухгалтер ООО «Медицинский центр Здоровье»
            """) + quoted(r, style="outlook")))

    r = R(D, "baikal")
    mail(p(16, "otvet_baikal_pretenziya_shtory"),
         lab("client_reply", "ru", inv="MLR-26-0399", intent="dispute", amount="18600.00", currency="RUB",
             needs_human=True, note="disputes the curtain washing line (18 600) they did not order"),
         frm="\"Гостиница Байкал, бухгалтерия\" <buh@hotel-baikal38.ru>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-25 15:30 +0800", irt=r["mid"],
         body=alt(t("""
            Здравствуйте.

            С суммой счёта MLR-26-0399 не согласны: в него включена стирка штор (18 600 руб.),
            которую мы не заказывали. Просим выставить корректировочный счёт. Оставшуюся сумму
            оплатим после получения исправленных документов.

            С уважением,
            Елена Ткаченко
            главный бухгалтер
            """) + quoted(r, style="outlook")))

    r = R(D, "shymkent")
    mail(p(17, "otvet_shymkent_rassrochka"),
         lab("client_reply", "ru", inv="MLR-26-0388", intent="plan_request", amount="627200.00", currency="KZT",
             needs_human=True, note="asks for two instalments of 627 200 KZT"),
         frm="Shymkent Plaza Finance <finance@shymkentplaza.kz>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-19 16:00 +0500", irt=r["mid"],
         body=alt(t("""
            Добрый день!

            Просим рассмотреть возможность оплаты счёта MLR-26-0388 в рассрочку двумя платежами
            по 627 200 тенге — в марте и в апреле. Гарантийное письмо за подписью директора
            можем направить.

            С уважением,
            Гульнара Абдикаримова
            финансовый менеджер
            """) + quoted(r)))

    r = R(D, "trapeza")
    mail(p(18, "otvet_trapeza_ne_poluchali_edo"),
         lab("client_reply", "ru", inv="MLR-26-0411", intent="not_received",
             note="not received; wants invoice and UPD via EDO (Diadoc)"),
         frm="Бухгалтерия «Трапеза» <buh@trapeza-rest.ru>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-24 12:10 +0300", irt=r["mid"],
         body=alt(t("""
            Добрый день!

            Счёт MLR-26-0411 к нам не поступал. Пришлите, пожалуйста, счёт и УПД через Диадок,
            наш идентификатор 2BE7d1a4c0e93f14a2b8b6c1d0e5f7a9b21. Документы по электронной
            почте бухгалтерия к оплате не принимает.

            Спасибо!
            Татьяна
            """) + quoted(r, style="outlook")))

    r = R(D, "atlet")
    mail(p(19, "otvet_atlet_rekvizity"),
         lab("client_reply", "ru", inv="MLR-26-0414", intent="payment_details",
             note="new accountant asks for the company card with bank details"),
         frm="Фитнес-клуб Атлет <finance@atlet-fitness.ru>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-25 13:40 +0300", irt=r["mid"],
         body=alt(t("""
            Здравствуйте!

            У нас сменился бухгалтер, и в базе нет ваших реквизитов. Пришлите, пожалуйста,
            карточку предприятия с банковскими реквизитами (ИНН, КПП, р/с, БИК), чтобы мы могли
            завести вас как контрагента.

            С уважением,
            Алексей Громов
            """) + quoted(r)))

    r = R(D, "arena")
    mail(p(20, "otvet_arena_prekratite"),
         lab("client_reply", "ru", inv="MLR-26-0377", intent="stop", needs_human=True,
             note="stop request, refers everything to their lawyer"),
         frm="Директор ООО «Арена-Сервис» <director@arena-servis.ru>", to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-16 19:05 +0300", irt=r["mid"],
         body=Text(t("""
            Прекратите присылать эти письма. Все вопросы по задолженности — через нашего юриста,
            его контакты есть у вашего менеджера.

            В. Пахомов
            """), cte="quoted-printable"))

    r = R(D, "kremlevsky")
    mail(p(21, "otvet_kremlevsky_vopros_period"),
         lab("client_reply", "ru", inv="MLR-26-0421", intent="question", needs_human=True,
             note="asks which month the invoice covers; quoted reminder talks about payment"),
         frm="Бухгалтерия Отель Кремлёвский <buh@kremlevsky-hotel.ru>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-24 11:25 +0300", irt=r["mid"],
         body=alt(t("""
            Добрый день!

            Подскажите, пожалуйста, счёт MLR-26-0421 выставлен за январь или за февраль? В акте
            период оказания услуг не указан, а у нас январь уже закрыт.

            Спасибо.
            Рустем Гарипов
            """) + quoted(r, style="outlook")))

    r = R(D, "zvezda")
    mail(p(22, "otvet_zvezda_oplata_i_pretenziya"),
         lab("client_reply", "ru", inv="MLR-26-0425;MLR-26-0427", intent="dispute", needs_human=True,
             note="promise (by 5 March) for 0425 + quality claim on 0427 -> dispute, no promised date"),
         frm="Бухгалтерия санатория «Звезда» <buh@sanatoriy-zvezda.ru>", to=BOTC,
         subject="RE: " + r["subject"], date="2026-02-26 16:50 +0300", irt=r["mid"],
         body=alt(t("""
            Добрый день!

            Счёт MLR-26-0425 оплатим до 5 марта.

            По счёту MLR-26-0427 у нас претензия по качеству стирки — письменная претензия
            направлена вашему менеджеру Артёму Ковалёву 20.02. До её рассмотрения этот счёт
            оплачивать не будем.

            С уважением,
            Галина Викторовна Зуева
            главный бухгалтер
            """) + quoted(r, style="outlook")))

    r = R(D, "ural")
    mail(p(23, "otvet_ural_koi8r_ushli_20_02"),
         lab("client_reply", "ru", inv="MLR-26-0386", intent="paid_claim", payment_date="2026-02-20",
             note="'ушли 20.02 платёжным поручением N 318'; koi8-r body and subject"),
         frm=addr("Бухгалтерия Урал-Отель", "buh@uralhotel.ru", "koi8-r"), to=BOTC,
         subject="Re: " + r["subject"], date="2026-02-24 10:20 +0500", irt=r["mid"],
         extra=[("X-Mailer", "The Bat! (v10.5.3) Home")],
         body=Text(t("""
            Добрый день!

            Деньги по счёту MLR-26-0386 ушли 20.02 платёжным поручением N 318.
            Проверьте, пожалуйста, поступление.

            --
            С уважением,
            Людмила Сергеевна
            """) + quoted(r).replace("«", '"').replace("»", '"'), charset="koi8-r", cte="quoted-printable"))


def payments():
    r = R(D, "severnaya")
    mail(p(24, "platezh_volgabank_severnaya"),
         lab("payment_confirmation", "ru", rem=r, amount="74400.00", payment_date="2026-02-24", payment_full=True),
         frm="Волга-Банк Бизнес <noreply@notify.volgabank.ru>", to=BOT,
         subject="Зачисление средств на счёт *7254", date="2026-02-24 16:20 +0300",
         auth=authres("notify.volgabank.ru", dkim_d="volgabank.ru", policy="reject"),
         body=alt(t("""
            Волга-Банк Бизнес

            Зачисление на счёт 40702810938000117254 (ООО «Мерроу Лин»)

            Сумма: 74 400,00 ₽
            Дата операции: 24.02.2026
            Плательщик: ООО «Гостиница Северная», ИНН 7813456120
            Назначение платежа: Оплата по счёту MLR-26-0390 от 30.01.2026, в т.ч. НДС 22% 13416-39

            Это автоматическое уведомление, отвечать на него не нужно.
            """)))

    r = R(D, "uyut")
    mail(p(25, "platezh_uralkassa_sbp_uyut"),
         lab("payment_confirmation", "ru", rem=r, amount="18900.00", payment_date="2026-02-27", payment_full=True,
             note="SBP payment via payment processor"),
         frm="Урал-Касса <robot@pay.uralkassa.ru>", to=BOT,
         subject="Оплата по СБП: 18 900,00 ₽", date="2026-02-27 13:02 +0300",
         auth=authres("pay.uralkassa.ru", dkim_d="uralkassa.ru", policy="reject"),
         body=Text(t("""
            Поступил платёж через Систему быстрых платежей

            Магазин: ООО «Мерроу Лин»
            Сумма: 18 900,00 ₽
            Дата и время: 27.02.2026 13:01 (МСК)
            Плательщик: ИП Соколова Ирина Андреевна (Кафе «Уют»)
            Назначение: Оплата счёта MLR-26-0395
            ID операции: A60581301014512700000200011540231

            Деньги будут перечислены на ваш расчётный счёт в следующий рабочий день.
            """), cte="base64"))

    r = R(D, "medeu")
    mail(p(26, "platezh_stepbank_medeu_dva_scheta"),
         lab("payment_confirmation", "ru", rem=r, amount="1052800.00", payment_date="2026-02-25", payment_full=True,
             allocations="MLR-26-0380=640000.00;MLR-26-0393=412800.00",
             note="one KZT payment split over two invoices in the purpose of payment"),
         frm="Степь Банк <info@uvedomlenie.stepbank.kz>", to=BOT,
         subject="Поступление на счёт KZ52722S000017340911", date="2026-02-25 12:40 +0500",
         auth=authres("uvedomlenie.stepbank.kz", dkim_d="stepbank.kz", policy="reject"),
         body=Text(t("""
            АО «Степь Банк» — уведомление о поступлении

            Счёт получателя: KZ52 722S 0000 1734 0911 (ТОО «Merrow Linen Kazakhstan»)
            Сумма: 1 052 800,00 KZT
            Дата валютирования: 25.02.2026
            Отправитель: ТОО «Медеу Отель», БИН 150240017736
            КНП: 859
            Назначение платежа: Оплата по сч. MLR-26-0380 - 640000,00; MLR-26-0393 - 412800,00, в т.ч. НДС

            Это сообщение сформировано автоматически.
            """), cte="quoted-printable"))

    r = R(D, "ural")
    mail(p(27, "platezh_volgabank_ural_chastichno"),
         lab("payment_confirmation", "ru", rem=r, amount="100000.00", payment_date="2026-02-20", payment_full=False,
             needs_human=True, note="short payment: 100 000 of 112 800 (client claimed full payment in ru/23)"),
         frm="Волга-Банк Бизнес <noreply@notify.volgabank.ru>", to=BOT,
         subject="Зачисление средств на счёт *7254", date="2026-02-20 17:05 +0300",
         auth=authres("notify.volgabank.ru", dkim_d="volgabank.ru", policy="reject"),
         body=alt(t("""
            Волга-Банк Бизнес

            Зачисление на счёт 40702810938000117254 (ООО «Мерроу Лин»)

            Сумма: 100 000,00 ₽
            Дата операции: 20.02.2026
            Плательщик: ООО «Урал-Отель», ИНН 6671204458
            Назначение платежа: Частичная оплата по сч. MLR-26-0386 от 28.01.2026, в т.ч. НДС 22%

            Это автоматическое уведомление, отвечать на него не нужно.
            """)))

    r = R(D, "anatolia")
    mail(p(28, "platezh_stepbank_anatolia"),
         lab("payment_confirmation", "ru", rem=r, amount="2016000.00", payment_date="2026-03-04", payment_full=True),
         frm="Степь Банк <info@uvedomlenie.stepbank.kz>", to=BOT,
         subject="Поступление на счёт KZ52722S000017340911", date="2026-03-04 11:15 +0500",
         auth=authres("uvedomlenie.stepbank.kz", dkim_d="stepbank.kz", policy="reject"),
         body=Text(t("""
            АО «Степь Банк» — уведомление о поступлении

            Счёт получателя: KZ52 722S 0000 1734 0911 (ТОО «Merrow Linen Kazakhstan»)
            Сумма: 2 016 000,00 KZT
            Дата валютирования: 04.03.2026
            Отправитель: ТОО «Anatolia Hotel Almaty», БИН 170540003312
            КНП: 859
            Назначение платежа: Оплата за услуги прачечной по счету MLR-26-0392

            Это сообщение сформировано автоматически.
            """), cte="quoted-printable"))


def machine():
    r = R(D, "parus")
    txt = t("""
        Это письмо создано автоматически сервером доставки почты.

        Ваше сообщение не удалось доставить одному или нескольким получателям.
        Это постоянная ошибка. Доставка по следующим адресам не выполнена:

          buh@parus-hotel.ru
            Такого почтового ящика не существует
            SMTP error from remote mail server after RCPT TO:<buh@parus-hotel.ru>:
            550 5.1.1 <buh@parus-hotel.ru>: Recipient address rejected: User unknown

        ------ Ниже приведены заголовки исходного сообщения ------

        """) + reminder_raw(r, headers_only=True)
    mail(p(29, "bounce_exim_russkiy_net_yashchika"),
         lab("bounce", "ru", rem=r, failed_recipients="buh@parus-hotel.ru", bounce_permanent=True,
             bounce_reason="user_unknown", needs_human=True, note="Exim with a Russian template, headers of the original quoted"),
         frm="Mail Delivery System <Mailer-Daemon@mx1.hostland-srv.ru>", to=BOT,
         subject="Недоставленное сообщение: " + r["subject"], date="2026-02-19 09:31 +0300",
         auth=authres("mx1.hostland-srv.ru", dkim="none", spf="none-helo", dmarc="none"),
         extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "buh@parus-hotel.ru")],
         mid_host="mx1.hostland-srv.ru",
         body=Text(txt, cte="base64"))

    r = R(D, "sibir")
    txt = t("""
        This is the mail system at host smtp-out.merrowlinen.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <sibirtour@mail.ru>: host mxs.mail.ru[94.100.180.31] said: 550 spam message
            rejected. Please visit https://help.mail.ru/notspam-support/id?c=QvH3kZ2dA4Ly
            or report details to abuse@corp.mail.ru. Error code: 8F1C2B45A39E1D70.
            ID: 0000000000A11E3C-17AB0E44D1E2A3F0. (in reply to end of DATA command)
        """)
    mail(p(30, "bounce_mailru_spam"),
         lab("bounce", "en", rem=r, failed_recipients="sibirtour@mail.ru", bounce_permanent=True,
             bounce_reason="spam", needs_human=True, note="mail.ru rejected as spam at end of DATA"),
         frm="MAILER-DAEMON@smtp-out.merrowlinen.com (Mail Delivery System)", to=BOT,
         subject="Undelivered Mail Returned to Sender", date="2026-02-24 05:31 +0300",
         auth=authres("smtp-out.merrowlinen.com", dkim="none", spf="none-helo", dmarc="none"),
         received_from="smtp-out.merrowlinen.com", mid_host="smtp-out.merrowlinen.com",
         extra=[("Auto-Submitted", "auto-replied")],
         body=Multi("report", [Text(txt, charset="us-ascii", cte="7bit"),
                               dsn("smtp-out.merrowlinen.com", [dict(final="sibirtour@mail.ru", action="failed",
                                   status="5.0.0", remote="mxs.mail.ru",
                                   diag="550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=QvH3kZ2dA4Ly")],
                                   arrival="2026-02-24 05:30 +0300"),
                               rfc822_part(r)], params="report-type=delivery-status"))

    r = R(D, "taiga")
    txt = t("""
        This is the mail system at host smtp-out.merrowlinen.com.

        ####################################################################
        # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
        ####################################################################

        Your message could not be delivered for more than 4 hour(s).
        It will be retried until it is 5 day(s) old.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <buh@taiga-hotel.ru>: connect to mail.taiga-hotel.ru[203.0.113.140]:25:
            Connection refused
        """)
    mail(p(31, "bounce_postfix_zaderzhka"),
         lab("bounce", "en", rem=r, failed_recipients="buh@taiga-hotel.ru", bounce_permanent=False,
             bounce_reason="other", note="delay warning, connection refused, still retrying"),
         frm="MAILER-DAEMON@smtp-out.merrowlinen.com (Mail Delivery System)", to=BOT,
         subject="Delayed Mail (still being retried)", date="2026-02-25 09:31 +0300",
         auth=authres("smtp-out.merrowlinen.com", dkim="none", spf="none-helo", dmarc="none"),
         received_from="smtp-out.merrowlinen.com", mid_host="smtp-out.merrowlinen.com",
         extra=[("Auto-Submitted", "auto-replied")],
         body=Multi("report", [Text(txt, charset="us-ascii", cte="7bit"),
                               dsn("smtp-out.merrowlinen.com", [dict(final="buh@taiga-hotel.ru", action="delayed",
                                   status="4.4.1", remote="mail.taiga-hotel.ru",
                                   diag="connect to mail.taiga-hotel.ru[203.0.113.140]:25: Connection refused",
                                   until="2026-03-02 05:30 +0300")],
                                   arrival="2026-02-25 05:30 +0300"),
                               rfc822_part(r, headers_only=True)], params="report-type=delivery-status"))

    r = R(D, "neva")
    mail(p(32, "avtootvet_neva_otpusk"),
         lab("auto_reply", "ru", rem=r, return_date="2026-03-10",
             note="RFC 3834 header; on leave until 9 March inclusive (a holiday), back 10 March"),
         frm="Бухгалтерия Нева Отель <buh@nevahotel.ru>", to=BOT,
         subject="Автоответ: " + r["subject"], date="2026-02-26 09:30 +0300", irt=r["mid"],
         extra=[("Auto-Submitted", "auto-replied")],
         body=Text(t("""
            Здравствуйте!

            Я в отпуске до 9 марта включительно, выйду на работу 10 марта.
            По срочным вопросам оплаты обращайтесь к Светлане Игоревне Орловой:
            s.orlova@nevahotel.ru, тел. +7 (812) 640-22-18.

            С уважением,
            Виктория Лебедева
            """), cte="quoted-printable"))

    r = R(D, "anatolia")
    mail(p(33, "avtootvet_anatolia_turetskiy"),
         lab("auto_reply", "tr", rem=r, return_date="2026-03-03",
             note="Turkish, windows-1254, no standard headers; on leave until Mon 2 March, in office Tue 3 March"),
         frm="Mehmet Yılmaz <muhasebe@anatoliahotel.kz>", to=BOT,
         subject="Otomatik yanıt: " + r["subject"], date="2026-02-24 10:00 +0500", irt=r["mid"],
         body=Text(t("""
            Merhaba,

            2 Mart Pazartesi gününe kadar yıllık izindeyim ve e-postalarıma erişimim sınırlı.
            3 Mart Salı günü ofiste olacağım. Acil konular için lütfen finans@anatoliahotel.kz
            adresine yazınız.

            Saygılarımla,
            Mehmet Yılmaz
            Muhasebe Müdürü, Anatolia Hotel Almaty
            """), charset="windows-1254", cte="quoted-printable"))

    r = R(D, "pierogi")
    mail(p(34, "avtootvet_pierogarnia_polskiy"),
         lab("auto_reply", "pl", rem=r, return_date="2026-03-09",
             note="Polish, iso-8859-2, X-Auto-Response-Suppress only; on leave until 6 March, back Mon 9 March"),
         frm=addr("Agnieszka Nowak", "ksiegowosc@pierogarnia.kz"), to=BOT,
         subject="Odpowiedź automatyczna: " + r["subject"], date="2026-02-26 10:00 +0500", irt=r["mid"],
         extra=[("X-Auto-Response-Suppress", "All")],
         body=Text(t("""
            Dzień dobry,

            dziękuję za wiadomość. Jestem na urlopie do 6 marca. Wracam do biura w poniedziałek
            9 marca. W pilnych sprawach proszę kontaktować się z biurem: biuro@pierogarnia.kz.

            Pozdrawiam serdecznie,
            Agnieszka Nowak
            Księgowość - Pierogarnia Astana
            """), charset="iso-8859-2", cte="quoted-printable"))

    r = R(D, "nochi")
    mail(p(35, "prochitano_outlook_nestandart"),
         lab("read_receipt", "ru", rem=r, note="Russian Outlook 'Прочитано:' text receipt, no MDN part"),
         frm="Бухгалтерия Белые ночи <buh@belye-nochi-hotel.ru>", to=BOT,
         subject="Прочитано: " + r["subject"], date="2026-02-26 12:04 +0300", irt=r["mid"],
         extra=[("Thread-Topic", enc_topic(r["subject"]))],
         body=Text(t(f"""
            Ваше сообщение

              Кому: buh@belye-nochi-hotel.ru
              Тема: {r['subject']}
              Отправлено: 26.02.2026 9:30

            было прочитано 26.02.2026 12:04.
            """), cte="quoted-printable"))

    r = R(D, "atmosfera")
    mail(p(36, "uvedomlenie_o_prochtenii_thunderbird"),
         lab("read_receipt", "ru", rem=r, note="RFC 8098 MDN from Thunderbird, Russian text"),
         frm="Атмосфера Фитнес <buh@atmosfera-fit.ru>", to=BOT,
         subject="Уведомление о прочтении (показано) - " + r["subject"], date="2026-02-27 14:48 +0300",
         extra=[("User-Agent", "Mozilla Thunderbird")],
         body=Multi("report", [
             Text(t("""
                Это уведомление о прочтении письма, отправленного вами на адрес buh@atmosfera-fit.ru.

                Примечание: это уведомление лишь подтверждает, что сообщение было показано на компьютере получателя. Нет гарантий, что получатель прочитал или понял содержимое сообщения.
                """), cte="base64"),
             mdn("Mozilla Thunderbird; Thunderbird 128.7.1esr", "buh@atmosfera-fit.ru", r["mid"],
                 "manual-action/MDN-sent-manually; displayed"),
             rfc822_part(r, headers_only=True)], params="report-type=disposition-notification"))

    r = R(D, "astana")
    mail(p(37, "prochitano_thebat_mdn"),
         lab("read_receipt", "ru", rem=r, note="The Bat! MDN with Russian text"),
         frm="Бухгалтерия Астана Резиденс <buh@astanaresidence.kz>", to=BOT,
         subject="Прочитано: " + r["subject"], date="2026-02-24 15:37 +0500",
         extra=[("X-Mailer", "The Bat! (v11.2.3) Professional")],
         body=Multi("report", [
             Text(f"Ваше письмо от 24.02.2026 10:00:00 с темой «{r['subject']}» было прочитано получателем "
                  f"24.02.2026 15:37:12.\n", charset="windows-1251", cte="quoted-printable"),
             mdn("The Bat! (v11.2.3) Professional", "buh@astanaresidence.kz", r["mid"],
                 "manual-action/MDN-sent-manually; displayed")],
             params="report-type=disposition-notification"))

    r = R(D, "altai")
    tok = hx("cr-altai", 22)
    url = f"https://antispam-check.ru/confirm/{tok}"
    mail(p(38, "challenge_altai_ssylka"),
         lab("challenge", "ru", rem=r, challenge=url, note="challenge-response: confirm by link"),
         frm="Антиспам Алтай-Тревел <noreply@antispam-check.ru>", to=BOT,
         subject="Подтвердите отправку письма для info@altai-travel.ru", date="2026-02-24 09:31 +0700",
         auth=authres("antispam-check.ru"), extra=[("Auto-Submitted", "auto-replied")], irt=r["mid"],
         body=alt(t(f"""
            Здравствуйте!

            Ваше письмо адресату info@altai-travel.ru с темой «{r['subject']}» задержано
            системой защиты от спама.

            Чтобы письмо было доставлено, подтвердите, что вы не робот, перейдя по ссылке:
            {url}

            Подтверждение требуется один раз. Неподтверждённые письма удаляются через 7 дней.
            """)))

    r = R(D, "karaganda")
    caddr = f"confirm-{hx('cr-karaganda', 10)}@antispam.karagandacity.kz"
    mail(p(39, "challenge_karaganda_otvet"),
         lab("challenge", "ru", rem=r, challenge=caddr, note="challenge-response: reply without changing the subject (Russian + Kazakh)"),
         frm=f"Karaganda City Hotel Antispam <{caddr}>", to=BOT, reply_to=caddr,
         subject="Подтверждение отправителя: " + r["subject"], date="2026-02-26 10:01 +0500",
         auth=authres("antispam.karagandacity.kz", dkim_d="karagandacity.kz"),
         extra=[("Auto-Submitted", "auto-replied")], irt=r["mid"],
         body=Text(t("""
            Здравствуйте!

            Ваше письмо для buh@karagandacity.kz ожидает подтверждения. Чтобы подтвердить
            отправку, просто ответьте на это письмо, не изменяя темы.

            Сәлеметсіз бе! Растау үшін осы хатқа тақырыбын өзгертпей жауап беріңіз.

            Karaganda City Hotel
            """), cte="quoted-printable"))


def enc_topic(s):
    from lib import enc
    return enc(s, name="Thread-Topic")


def staff_and_other():
    mail(p(40, "staff_command_dispute_arena"),
         lab("staff_command", "ru", inv="MLR-26-0377", intent="dispute",
             note="terse command; client referred the matter to its lawyer"),
         frm=OLGA, to=BOT, subject="dispute MLR-26-0377", date="2026-02-17 10:05 +0300",
         auth=authres("merrow-linen.ru", policy="reject"),
         body=Text("dispute MLR-26-0377\n\nклиент передал вопрос юристу, см. письмо от 16.02. Дальше ведёт юрист.\n-- \nО. Смирнова\n",
                   cte="quoted-printable"))

    mail(p(41, "staff_proza_trapeza_pyatnitsa"),
         lab("staff_command", "ru", inv="MLR-26-0411", intent="promise", promised_date="2026-03-06",
             note="staff prose on Mon 2 March: 'в эту пятницу, 6 марта'"),
         frm=ARTEM, to=BOT, subject="Трапеза — оплата в пятницу", date="2026-03-02 12:40 +0300",
         auth=authres("merrow-linen.ru", policy="reject"),
         body=Text(t("""
            Коллеги, добрый день.

            Звонила главбух «Трапезы»: счёт MLR-26-0411 нашли, оплатят в эту пятницу, 6 марта.
            До пятницы им не напоминаем.

            Артём
            """), cte="quoted-printable"))

    mail(p(42, "prochee_poddelka_volgabank_gmail"),
         lab("other", "ru", inv="MLR-26-0384", amount="96000.00", currency="RUB", needs_human=True,
             note="'Volga-Bank' notice sent from a gmail.com address (passes gmail DMARC, not a notifier); forged pass header below ours"),
         frm="ВолгаБанк Уведомления <volgabank.notify@gmail.com>", to=BOT,
         subject="Зачисление средств на счёт *7254 — требуется подтверждение", date="2026-02-27 07:12 +0300",
         auth=authres("gmail.com", policy="none"), received_from="mail-ej1-f54.google.com",
         pre=[("Authentication-Results", "mx.volgabank.ru; dkim=pass header.d=volgabank.ru; dmarc=pass header.from=volgabank.ru")],
         mid="<CAHx7pQ2mLk3vY8aJ0wT5nR@mail.gmail.com>",
         body=alt(t("""
            Волга-Банк Бизнес

            На ваш счёт поступил платёж, ожидающий подтверждения:

            Сумма: 96 000,00 ₽
            Плательщик: ООО «Пансионат Волна»
            Назначение платежа: Оплата по счёту MLR-26-0384

            Для зачисления средств подтвердите операцию в течение 24 часов:
            https://volgabank-business.online/confirm?op=55120

            Служба поддержки Волга-Банк
            """)))

    mail(p(43, "prochee_edo_akt_podpisan"),
         lab("other", "ru", inv="MLR-26-0405", needs_human=True,
             note="EDO service notice: client signed the act for MLR-26-0405 (the condition in ru/15 is now met)"),
         frm="EDO-Link <noreply@edo-link.ru>", to=BOT,
         subject="Контрагент подписал документ", date="2026-03-02 15:22 +0500",
         auth=authres("edo-link.ru", policy="reject"),
         body=alt(t("""
            Здравствуйте!

            ООО «Медицинский центр Здоровье» подписало документ:
            «Акт № 405 от 20.02.2026 к счёту MLR-26-0405»

            Статус: подписан обеими сторонами
            Дата подписания: 02.03.2026

            Открыть документ: https://edo-link.ru/docs/7f3a1e22-0405

            Это автоматическое уведомление сервиса EDO-Link.
            """)))

    mail(p(44, "prochee_fishing_fns"),
         lab("other", "ru", note="phishing imitating the tax service; no invoice"),
         frm="ФНС России <info@nalog-gov-ru.info>", to=BOT,
         subject="Требование о представлении пояснений № 18-22/4471", date="2026-02-25 08:14 +0300",
         auth=authres("nalog-gov-ru.info", dkim="none", dmarc="none"), received_from="vm-1177.hosting-cheap.example",
         body=alt(t("""
            Уважаемый налогоплательщик!

            В ходе камеральной налоговой проверки выявлены расхождения. В соответствии со
            статьёй 88 НК РФ вам необходимо в течение 5 рабочих дней представить пояснения.

            Текст требования доступен по ссылке: http://nalog-gov-ru.info/trebovanie/4471.zip

            Межрайонная ИФНС России № 46 по г. Москве
            """)))


def build():
    reminders()
    invoices()
    replies()
    payments()
    machine()
    staff_and_other()

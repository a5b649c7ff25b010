"""Russian desk: ООО «Пелагиан Ткацкие Системы», RUB, invoices ПЛ-NNNN/26 (Cyrillic letters)."""
from __future__ import annotations

from .world import (BOT, BOT_NAME, Desk, addr, att, bot_headers, bot_mid, build, dsn_fields, dt, html,
                    inbound, mdn_fields, mp, raw, text)

TZ = "+0300"
SIG_O = ("\n\nС уважением,\nОльга Лазарева\nглавный бухгалтер ООО «Пелагиан Ткацкие Системы»\n"
         "ИНН 7813 556 204, КПП 781301001\n")
SIG_T = "\n\n--\nТимур Ахметзянов, менеджер по продажам\nООО «Пелагиан Ткацкие Системы»\n"
REKV = "р/с 40702810900000044712 в Банке «Северная Верфь», БИК 044030771"


def rem(tag: str, inv: str) -> str:
    return bot_mid(f"ru-{inv}-{tag}")


def build_desk() -> Desk:  # noqa: PLR0915
    D = Desk("ru")
    # ---------------------------------------------------------------- invoice copies
    s = "schet_nds22_cp1251_b64"
    body = ("Добрый день!\n\nНаправляем счёт на оплату.\n\nСчёт на оплату № ПЛ-0457/26 от 02.11.2026\n"
            "Покупатель: ООО «Парус-Снаб»\n\n1. Ткань тентовая ПВХ 650 г/м², 300 м²   196 721,31\n"
            "Итого без НДС:                           196 721,31\nНДС 22%:                                  43 278,69\n"
            "Всего к оплате:                         240 000,00 руб.\n\nСчёт действителен к оплате до 16.11.2026.\n"
            + REKV + SIG_O)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Бухгалтерия Парус-Снаб", "buh@parus-snab.ru"),
                               "Счёт № ПЛ-0457/26 от 02.11.2026", dt("2026-11-02 10:00", TZ), hcs="windows-1251"),
                text(body, cs="windows-1251", cte="b64")),
          inv="ПЛ-0457/26", amount="240000.00", cur="RUB", issue="2026-11-02", due="2026-11-16", terms=14,
          note="windows-1251 base64; Cyrillic invoice prefix; VAT 22% lines vs total; '240 000,00'")

    s = "schet_predoplata_koi8"
    body = ("Здравствуйте, Сергей Викторович!\n\nПо договору поставки № 17/26 выставляем счёт на предоплату.\n\n"
            "Счёт № ПЛ-0461/26 от 03.11.2026\nСумма договора: 1 850 000,00 руб. (в т.ч. НДС 22%)\n"
            "Предоплата 30%: 555 000,00 руб. — оплатить до 13.11.2026\nОстаток 1 295 000,00 руб. — после отгрузки.\n"
            + SIG_T)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("АО «Балтийские тенты»", "oplata@baltenty.ru"),
                               "Счёт на предоплату ПЛ-0461/26", dt("2026-11-03 12:30", TZ), hcs="koi8-r", henc="Q"),
                text(body, cs="koi8-r", cte="8bit")),
          inv="ПЛ-0461/26", amount="555000.00", cur="RUB", issue="2026-11-03", due="2026-11-13", terms=10,
          note="KOI8-R 8bit; contract 1 850 000 and balance vs 30% prepayment due now")

    s = "schet_html_usn_rabochie_dni"
    h = ("<html><body><p>Рустем Рашитович, добрый день!</p><p>Счёт <b>№ ПЛ-0464/26</b> от 05.11.2026 на сумму "
         "<b>38&nbsp;500,00&nbsp;₽</b> (НДС не облагается, УСН).</p><p>Срок оплаты — 5 рабочих дней (до "
         "12.11.2026). Можно оплатить картой по ссылке ПэйГавань: https://paygavan.ru/i/PL0464</p>"
         "<p>Ольга</p></body></html>")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("ИП Гарифуллин Р.Р.", "garifullin.rr@yandex.ru"),
                               "Счёт ПЛ-0464/26", dt("2026-11-05 09:40", TZ)), html(h)),
          inv="ПЛ-0464/26", amount="38500.00", cur="RUB", issue="2026-11-05", due="2026-11-12", terms=7,
          note="HTML-only; 'без НДС (УСН)'; 5 working days stated as a date; nbsp thousands")

    s = "schet_zachet_avansa"
    body = ("Добрый день!\n\nСчёт № ПЛ-0468/26 от 06.11.2026 — пошив чехлов для яхт.\n\nСумма по счёту: "
            "126 000,00 руб.\nЗачёт аванса, оплаченного по счёту ПЛ-0411/26: −50 000,00 руб.\nК оплате: "
            "76 000,00 руб.\n\nПросим оплатить до 07.12.2026." + SIG_O)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Яхт-клуб «Онега», бухгалтерия", "fin@onega-yacht.ru"),
                               "Счёт ПЛ-0468/26 (с зачётом аванса)", dt("2026-11-06 15:00", TZ)), text(body)),
          inv="ПЛ-0468/26", amount="76000.00", cur="RUB", issue="2026-11-06", due="2026-12-07", terms=31,
          note="advance from the earlier invoice offset: 76 000 due, not 126 000; earlier invoice mentioned")

    s = "schet_predvaritelnyi_summa_neyasna"
    body = ("Коллеги, добрый день!\n\nНаправляю предварительный счёт № ПЛ-0472/26 от 06.11.2026 по контракту на "
            "занавесы для большого зала. Окончательная сумма будет определена после подписания акта сверки и "
            "акта приёмки — ориентировочно 410–415 тыс. руб. Оплату прошу не производить до получения "
            "окончательного счёта." + SIG_T)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("МБУ «Дворец спорта», контрактная служба", "zakupki@dvorec-sporta-vologda.ru"),
                               "Предварительный счёт ПЛ-0472/26", dt("2026-11-06 17:10", TZ)), text(body, cte="qp")),
          inv="ПЛ-0472/26", issue="2026-11-06", nh=True,
          note="provisional invoice, range 410-415k, 'do not pay yet' -> amount unclear, needs_human")

    s = "schet_rassrochka_tri_platezha"
    body = ("Добрый день!\n\nСчёт № ПЛ-0475/26 от 09.11.2026 на 180 000,00 руб. Согласно доп. соглашению оплата "
            "тремя платежами:\n— 60 000,00 руб. до 20.11.2026;\n— 60 000,00 руб. до 20.12.2026;\n— 60 000,00 руб. "
            "до 20.01.2027.\n" + SIG_T)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 1, addr("ООО «Ветролов»", "schet@vetrolov.ru"), "Счёт ПЛ-0475/26 — рассрочка",
                               dt("2026-11-09 11:20", TZ)), text(body, cs="koi8-r", cte="qp")),
          inv="ПЛ-0475/26", amount="60000.00", cur="RUB", issue="2026-11-09", due="2026-11-20", terms=11,
          note="KOI8-R QP; three instalments, first 60 000 is due now")

    s = "schet_vlozhenie_txt_bcc"
    doc = ("ООО «Пелагиан Ткацкие Системы»\r\nСЧЁТ НА ОПЛАТУ № ПЛ-0479/26 от 10 ноября 2026 г.\r\n"
           "Покупатель: ООО «Север-Тент»\r\n\r\nСумма без НДС        150 000,00\r\nНДС 22%               33 000,00\r\n"
           "Всего к оплате       183 000,00\r\n(Сто восемьдесят три тысячи рублей 00 копеек)\r\n\r\n"
           "Оплата в течение 30 календарных дней.\r\n")
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Бухгалтерия Север-Тент", "buhgalteria@sever-tent.ru"), "Счёт",
                               dt("2026-11-10 10:05", TZ), bcc=True, mailer="The Bat! (v10.5)"),
                mp(s, "mixed", text("Добрый день! Счёт во вложении.\n", cs="koi8-r", cte="8bit"),
                   att(doc.encode("cp1251"), 'text/plain; charset="windows-1251"', "Счёт ПЛ-0479-26.txt"))),
          inv="ПЛ-0479/26", amount="183000.00", cur="RUB", issue="2026-11-10", due="2026-12-10", terms=30,
          note="Bcc; data only in a windows-1251 .txt attachment with RFC 2231 filename; terms computed")

    s = "schet_propisyu_iso8859_5"
    body = ("Добрый день!\n\nСчёт № ПЛ-0483/26 от 10.11.2026\nИтого к оплате: 57 340,50 руб. (Пятьдесят семь тысяч "
            "триста сорок рублей 50 копеек), НДС не облагается.\nСрок оплаты: до 25 ноября 2026 г.\n" + SIG_O)
    D.add(s, "invoice_copy",
          build(D.copy_headers(s, 0, addr("Ладога Кемпинг", "ap@ladoga-kemping.ru"), "Счёт ПЛ-0483/26",
                               dt("2026-11-10 16:45", TZ), hcs="iso-8859-5"),
                text(body, cs="iso-8859-5", cte="qp")),
          inv="ПЛ-0483/26", amount="57340.50", cur="RUB", issue="2026-11-10", due="2026-11-25", terms=15,
          note="iso-8859-5 QP; amount also in words with kopecks")

    # ---------------------------------------------------------------- read receipts
    s = "prochitano_mdn_koi8"
    om = rem("doshel", "ПЛ-0457/26")
    D.add(s, "read_receipt",
          build(inbound(s, "buh@parus-snab.ru", "Прочитано: Дошёл ли счёт ПЛ-0457/26?", dt("2026-11-06 09:30", TZ),
                        hcs="koi8-r"),
                mp(s, "report", text("Ваше сообщение было прочитано 06.11.2026 в 09:30.\n", cs="koi8-r", cte="8bit"),
                   raw("message/disposition-notification",
                       mdn_fields("Mozilla Thunderbird", "buh@parus-snab.ru", om,
                                  "manual-action/MDN-sent-manually; displayed")),
                   params="; report-type=disposition-notification")),
          inv="ПЛ-0457/26", omid=om, note="MDN with KOI8-R human part and subject")

    s = "prochitano_tekst_yandex"
    om = rem("skoro", "ПЛ-0483/26")
    D.add(s, "read_receipt",
          build(inbound(s, "ap@ladoga-kemping.ru", "Прочитано: Напоминание по счёту ПЛ-0483/26",
                        dt("2026-11-24 11:02", TZ), irt=om),
                text("Уведомление о прочтении\n\nВаше письмо «Напоминание по счёту ПЛ-0483/26» было прочитано "
                     "24.11.2026 в 11:02.\n")),
          inv="ПЛ-0483/26", omid=om, note="non-standard receipt, Russian text, In-Reply-To only")

    s = "prochitano_thebat_latin_subject"
    om = rem("doshel", "ПЛ-0468/26")
    D.add(s, "read_receipt",
          build(inbound(s, "fin@onega-yacht.ru", "Read: Dosh'l li schet PL-0468/26?", dt("2026-11-11 13:13", TZ)),
                mp(s, "report", text("Сообщение прочитано.\n", cs="windows-1251", cte="qp"),
                   raw("message/disposition-notification",
                       mdn_fields("The Bat! (v10.5)", "fin@onega-yacht.ru", om,
                                  "manual-action/MDN-sent-manually; displayed")),
                   params="; report-type=disposition-notification")),
          omid=om, note="transliterated subject (PL-0468/26, Latin) is not the Cyrillic invoice number; rely on the ID")

    # ---------------------------------------------------------------- bounces
    s = "bounce_yandex_net_polzovatelya"
    om = rem("doshel", "ПЛ-0464/26")
    oh = bot_headers("ru-ПЛ-0464/26-doshel", "r.garifullin@yandex.ru", "Дошёл ли счёт ПЛ-0464/26?",
                     dt("2026-11-09 10:00", TZ))
    D.add(s, "bounce",
          build(inbound(s, "mailer-daemon@yandex.ru", "Недоставленное сообщение", dt("2026-11-09 10:00", TZ),
                        auth="none"),
                mp(s, "report",
                   text("Это письмо создано автоматически сервером Яндекс.Почты.\n\nВаше письмо не доставлено "
                        "получателю r.garifullin@yandex.ru: такого ящика не существует.\n\n"
                        "<r.garifullin@yandex.ru>: 550 5.7.1 No such user!\n", cs="utf-8", cte="b64"),
                   raw("message/delivery-status",
                       dsn_fields("mail-nwsmtp-mxfront-production.yandex.net",
                                  [("r.garifullin@yandex.ru", "failed", "5.1.1", "550 5.7.1 No such user!")],
                                  dt("2026-11-09 10:00", TZ))),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="r.garifullin@yandex.ru", perm=True, reason="user_unknown", omid=om, inv="ПЛ-0464/26",
          note="Yandex: SMTP text says 5.7.1 but meaning and Status 5.1.1 are 'no such user'")

    s = "bounce_yaschik_perepolnen_delay"
    om = rem("skoro", "ПЛ-0475/26")
    oh = bot_headers("ru-ПЛ-0475/26-skoro", "schet@vetrolov.ru", "Напоминание: платёж по счёту ПЛ-0475/26",
                     dt("2026-11-17 10:00", TZ))
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@out.pelagian-loom.group", "Задержка доставки сообщения",
                        dt("2026-11-17 14:00", TZ), auth="none"),
                mp(s, "report",
                   text("Доставка сообщения задерживается. Ящик получателя переполнен; повторные попытки будут "
                        "продолжены до 21.11.2026.\n\n<schet@vetrolov.ru>: 452 4.2.2 Mailbox is full\n", cs="koi8-r",
                        cte="qp"),
                   raw("message/delivery-status",
                       dsn_fields("out.pelagian-loom.group",
                                  [("schet@vetrolov.ru", "delayed", "4.2.2", "452 4.2.2 Mailbox is full")],
                                  dt("2026-11-17 10:00", TZ), "mx.vetrolov.ru")),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="schet@vetrolov.ru", perm=False, reason="mailbox_full", omid=om, inv="ПЛ-0475/26",
          note="transient mailbox-full delay in Russian (KOI8-R QP)")

    s = "bounce_mailru_spam"
    om = rem("prosrochen", "ПЛ-0398/26")
    oh = bot_headers("ru-ПЛ-0398/26-prosrochen", "director.parus@mail.ru", "Счёт ПЛ-0398/26 просрочен",
                     dt("2026-11-12 10:00", TZ))
    D.add(s, "bounce",
          build(inbound(s, "mailer-daemon@corp.mail.ru", "Mail failure.", dt("2026-11-12 10:01", TZ), auth="none"),
                mp(s, "report",
                   text("Message was not accepted -- invalid mailbox. Local mailbox director.parus@mail.ru is "
                        "unavailable: 550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id "
                        "or report details to abuse@corp.mail.ru. Error code: 7B3AF1.\n", cs="us-ascii", cte="7bit"),
                   raw("message/delivery-status",
                       dsn_fields("mxs.mail.ru",
                                  [("director.parus@mail.ru", "failed", "5.0.0", "550 spam message rejected")],
                                  dt("2026-11-12 10:00", TZ))),
                   raw("text/rfc822-headers", oh), params="; report-type=delivery-status")),
          failed="director.parus@mail.ru", perm=True, reason="spam", omid=om, lang="en", inv="ПЛ-0398/26",
          note="mail.ru says 'invalid mailbox' first but the reason is spam rejection")

    s = "bounce_exchange_ru_prosa_policy"
    om = rem("prosrochen", "ПЛ-0472/26")
    body = ("Не удалось доставить сообщение следующим получателям:\n\n  zakupki@dvorec-sporta-vologda.ru\n\n"
            "У вас нет разрешения на отправку сообщений этому получателю. Организация принимает письма только от "
            "зарегистрированных в ЕИС поставщиков.\n\nДиагностические сведения для администраторов:\n"
            "Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'\n\n"
            "Заголовки исходного сообщения:\n\nSubject: Счёт ПЛ-0472/26\nMessage-ID: " + om + "\n")
    D.add(s, "bounce",
          build(inbound(s, "postmaster@dvorec-sporta-vologda.ru", "Не удается доставить: Счёт ПЛ-0472/26",
                        dt("2026-11-20 10:01", TZ), auth="none"),
                text(body, cs="windows-1251", cte="qp")),
          failed="zakupki@dvorec-sporta-vologda.ru", perm=True, reason="policy", omid=om, inv="ПЛ-0472/26",
          note="Russian Exchange prose NDR without DSN part; Message-ID only in prose headers")

    s = "bounce_dva_adresata_qmail"
    om = rem("doshel", "ПЛ-0461/26")
    body = ("Hi. This is the qmail-send program at mx.baltenty.ru.\nI'm afraid I wasn't able to deliver your message "
            "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<k.smirnova@baltenty.ru>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n<oplata-old@baltenty.ru>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n"
            + bot_headers("ru-ПЛ-0461/26-doshel", "k.smirnova@baltenty.ru, oplata-old@baltenty.ru",
                          "Дошёл ли счёт ПЛ-0461/26?", dt("2026-11-06 10:00", TZ)))
    D.add(s, "bounce",
          build(inbound(s, "MAILER-DAEMON@mx.baltenty.ru", "failure notice", dt("2026-11-06 10:00", TZ), auth="none"),
                text(body, cs="us-ascii", cte="7bit")),
          failed="k.smirnova@baltenty.ru;oplata-old@baltenty.ru", perm=True, reason="user_unknown", omid=om, lang="en",
          inv="ПЛ-0461/26", note="qmail prose, two failed recipients; subject of original is RFC 2047 encoded")

    # ---------------------------------------------------------------- auto-replies
    s = "avtootvet_otpusk_vklyuchitelno"
    om = rem("skoro", "ПЛ-0479/26")
    D.add(s, "auto_reply",
          build(inbound(s, "buhgalteria@sever-tent.ru", "Автоответ: Напоминание по счёту ПЛ-0479/26",
                        dt("2026-12-04 10:00", TZ), irt=om, extra=(("Auto-Submitted", "auto-replied"),)),
                text("Здравствуйте!\n\nЯ в отпуске до 10 декабря включительно. По срочным вопросам обращайтесь к "
                     "Марине Петровне: +7 812 555-14-09.\n\nНаталья\n")),
          omid=om, inv="ПЛ-0479/26", ret="2026-12-11", note="'до 10 декабря включительно' -> first day back 11 Dec")

    s = "avtootvet_komandirovka_bez_zagolovkov"
    D.add(s, "auto_reply",
          build(inbound(s, "fin@onega-yacht.ru", "Re: Напоминание", dt("2026-11-30 09:00", TZ)),
                text("Добрый день! С 30.11 по 06.12 нахожусь в командировке, почту читаю нерегулярно. Отвечу по "
                     "возвращении.\n", cs="koi8-r", cte="8bit")),
          ret="2026-12-07", note="no auto headers, 'Re:' subject looks like a human reply; 'по 06.12' -> 7 Dec")

    s = "auto_reply_turetskiy"
    om = rem("doshel", "ПЛ-0479/26")
    D.add(s, "auto_reply",
          build(inbound(s, "buhgalteria@sever-tent.ru", "Otomatik yanıt: İzindeyim", dt("2026-11-13 10:00", TZ),
                        irt=om, hcs="iso-8859-9", henc="Q", frm_name="Mehmet Yılmaz",
                        extra=(("Auto-Submitted", "auto-replied"),)),
                text("Merhaba,\n\n7 Aralık 2026 tarihine kadar izindeyim. 8 Aralık'ta ofise döneceğim. Acil "
                     "durumlarda lütfen muhasebe ekibimize yazın.\n\nSaygılarımla,\nMehmet Yılmaz\n",
                     cs="iso-8859-9", cte="qp")),
          lang="tr", omid=om, ret="2026-12-08", note="Turkish iso-8859-9 QP; explicit return 8 Dec")

    s = "auto_reply_ispanskiy"
    om = rem("prosrochen", "ПЛ-0475/26")
    D.add(s, "auto_reply",
          build(inbound(s, "schet@vetrolov.ru", "Respuesta automática: Fuera de la oficina", dt("2026-12-01 10:00", TZ),
                        irt=om, frm_name="Lucía Ortega", extra=(("X-Autoreply", "yes"),)),
                text("Hola:\n\nEstoy de vacaciones del 1 al 11 de diciembre, ambos inclusive. Para asuntos urgentes, "
                     "escriba a schet@vetrolov.ru.\n\nUn saludo,\nLucía\n", cte="b64")),
          lang="es", omid=om, ret="2026-12-12", note="Spanish base64, X-Autoreply only; 'ambos inclusive'")

    s = "avtootvet_vhodyashiy_nomer"
    om = rem("prosrochen2", "ПЛ-0472/26")
    D.add(s, "auto_reply",
          build(inbound(s, "zakupki@dvorec-sporta-vologda.ru", "Ваше обращение зарегистрировано",
                        dt("2026-12-02 10:00", TZ), irt=om, extra=(("Auto-Submitted", "auto-generated"),)),
                text("Ваше письмо получено и зарегистрировано в системе документооборота под входящим № 4471-вх от "
                     "02.12.2026. Срок рассмотрения — до 30 дней.\n")),
          omid=om, note="registry acknowledgement of a public body: auto-reply, no return date; '30 days' is not one")

    # ---------------------------------------------------------------- challenge
    s = "challenge_ne_robot"
    om = rem("doshel", "ПЛ-0486/26")
    D.add(s, "challenge",
          build(inbound(s, "proverka@antispam-filtr.ru", "Подтвердите отправку письма на kaznachey@festival-belye-nochi.ru",
                        dt("2026-11-13 10:05", TZ), extra=(("Auto-Submitted", "auto-replied"),
                                                           ("X-Challenge-Id", "af2219"))),
                html("<p>Здравствуйте!</p><p>Получатель <b>kaznachey@festival-belye-nochi.ru</b> защищён от спама. "
                     "Чтобы ваше письмо «Дошёл ли счёт ПЛ-0486/26?» было доставлено, подтвердите, что вы не робот: "
                     "<a href='https://antispam-filtr.ru/c/af2219'>подтвердить</a>.</p><p>Идентификатор письма: "
                     + om.replace("<", "&lt;").replace(">", "&gt;") + "</p>", cs="koi8-r", cte="qp")),
          chal=True, omid=om, inv="ПЛ-0486/26", note="HTML-only KOI8-R challenge, Message-ID HTML-escaped")

    # ---------------------------------------------------------------- payment confirmations
    s = "postuplenie_predoplata_nds_v_naznachenii"
    body = ("Банк «Северная Верфь»\nУведомление о поступлении средств\n\nСчёт получателя: 40702810900000044712\n"
            "Дата операции: 13.11.2026\nДата валютирования: 13.11.2026\nСумма: 555 000,00 RUB\n"
            "Плательщик: АО «Балтийские тенты», ИНН 7805123456\nНазначение платежа: Предоплата по счёту № "
            "ПЛ-0461/26 от 03.11.2026, в т.ч. НДС 22% 100 081,97 руб.\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "uvedomlenie@sevverf-bank.ru", "Поступление средств на счёт", dt("2026-11-13 15:30", TZ),
                        frm_name="Банк «Северная Верфь»", hcs="koi8-r"), text(body, cs="koi8-r", cte="8bit")),
          inv="ПЛ-0461/26", amount="555000.00", cur="RUB", paydate="2026-11-13", full=True,
          note="KOI8-R 8bit; VAT amount inside the payment purpose competes with the credited sum")

    s = "paygavan_komissiya"
    h = ("<html><body><h3>Платёж успешно принят</h3><table><tr><td>Сумма платежа</td><td>38 500,00 ₽</td></tr>"
         "<tr><td>Комиссия</td><td>1 078,00 ₽</td></tr><tr><td>К зачислению</td><td>37 422,00 ₽</td></tr>"
         "<tr><td>Описание</td><td>Оплата счёта ПЛ-0464/26</td></tr><tr><td>Дата платежа</td><td>11.11.2026 "
         "18:40 МСК</td></tr><tr><td>Плательщик</td><td>Гарифуллин Р. Р.</td></tr></table></body></html>")
    D.add(s, "payment_confirmation",
          build(inbound(s, "kassa@paygavan.ru", "Платёж по счёту ПЛ-0464/26", dt("2026-11-11 18:41", TZ),
                        frm_name="ПэйГавань"), html(h, cte="b64")),
          inv="ПЛ-0464/26", amount="38500.00", cur="RUB", paydate="2026-11-11", full=True,
          note="PSP with commission: 38 500 paid, 37 422 to be credited")

    s = "postuplenie_dva_scheta_tire"
    body = ("Банк «Северная Верфь» — поступление\n\nДата валютирования: 16.11.2026\nСумма: 304 500,00 RUB\n"
            "Плательщик: ООО \"ПАРУС-СНАБ\"\nНазначение: Оплата по сч. ПЛ-0457/26 от 02.11.26 240000-00, ПЛ-0398/26 "
            "от 12.10.26 64500-00, в т.ч. НДС\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "uvedomlenie@sevverf-bank.ru", "Поступление 304 500,00 RUB", dt("2026-11-16 12:00", TZ),
                        frm_name="Банк «Северная Верфь»"), text(body, cte="qp")),
          inv="ПЛ-0457/26;ПЛ-0398/26", amount="304500.00", cur="RUB", paydate="2026-11-16", full=True,
          alloc="ПЛ-0457/26=240000.00;ПЛ-0398/26=64500.00",
          note="two invoices in one credit; Russian '240000-00' rouble-kopeck notation")

    s = "postuplenie_chastichnoe"
    body = ("Уведомление о зачислении\n\nДата валютирования: 04.12.2026\nСумма зачисления: 70 000,00 RUB\n"
            "Плательщик: ООО «ЯХТ-КЛУБ ОНЕГА»\nНазначение платежа: Частичная оплата по счёту ПЛ-0468/26. Без НДС.\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "uvedomlenie@sevverf-bank.ru", "Зачисление средств", dt("2026-12-04 17:00", TZ),
                        frm_name="Банк «Северная Верфь»"), text(body, cs="windows-1251", cte="qp")),
          inv="ПЛ-0468/26", amount="70000.00", cur="RUB", paydate="2026-12-04", full=False,
          note="explicit partial payment 70 000 of 76 000")

    s = "postuplenie_tri_daty"
    body = ("Банк «Северная Верфь»\n\nПлатёжное поручение № 1187 от 23.11.2026\nСписано со сч. плательщика: "
            "24.11.2026\nПоступило на счёт: 25.11.2026\nСумма: 57 340,50 RUB\nПлательщик: ООО «Ладога Кемпинг»\n"
            "Назначение: Оплата по счёту ПЛ-0483/26 от 10.11.2026, НДС не облагается\n")
    D.add(s, "payment_confirmation",
          build(inbound(s, "uvedomlenie@sevverf-bank.ru", "Поступление средств", dt("2026-11-25 09:10", TZ),
                        frm_name="Банк «Северная Верфь»"), text(body, cs="koi8-r", cte="b64")),
          inv="ПЛ-0483/26", amount="57340.50", cur="RUB", paydate="2026-11-25", full=True,
          note="three dates (order, debited, credited): value date is the credit date 25.11")

    # ---------------------------------------------------------------- client replies
    def q(inv: str, summa: str) -> str:
        return (f"\n\n{BOT_NAME} пишет:\n> Добрый день! Как ваши дела? Напоминаем о счёте {inv} "
                f"на сумму {summa}.\n> Если вы уже оплатили, просто не обращайте внимания на это письмо.\n")

    s = "otvet_oplacheno"
    om = rem("doshel2", "ПЛ-0457/26")
    D.add(s, "client_reply",
          build(inbound(s, "buh@parus-snab.ru", "Re: Дошёл ли счёт ПЛ-0457/26?", dt("2026-11-16 12:30", TZ), irt=om),
                text("Оплачено." + q("ПЛ-0457/26", "240 000,00 руб."), cs="koi8-r", cte="qp")),
          inv="ПЛ-0457/26", intent="paid", note="one-word paid claim, KOI8-R QP")

    s = "otvet_sleduyushchaya_nedelya"
    om = rem("skoro", "ПЛ-0483/26")
    D.add(s, "client_reply",
          build(inbound(s, "ap@ladoga-kemping.ru", "Re: Напоминание по счёту ПЛ-0483/26", dt("2026-11-19 16:00", TZ),
                        irt=om, frm_name="Ладога Кемпинг"),
                text("Добрый день! Оплатим на следующей неделе, платёжка уже в банк-клиенте.\nАнна")),
          inv="ПЛ-0483/26", intent="promise", promised="2026-11-27",
          note="'next week' from Thu 19 Nov: week 23-27 Nov, convention = its last business day")

    s = "otvet_postaraemsya_do_5go"
    om = rem("prosrochen", "ПЛ-0468/26")
    D.add(s, "client_reply",
          build(inbound(s, "fin@onega-yacht.ru", "Re: Счёт ПЛ-0468/26", dt("2026-11-27 12:00", TZ), irt=om),
                text("Ольга, добрый день. Не обещаю, что успеем до 1 декабря, но постараемся закрыть до 5-го.\n"
                     "Игорь", cs="windows-1251", cte="8bit")),
          inv="ПЛ-0468/26", intent="promise", promised="2026-12-05", nh=True,
          note="negated first date + soft promise ('постараемся до 5-го') -> promise 5 Dec, flagged")

    s = "otvet_pretenziya_kachestvo"
    D.add(s, "client_reply",
          build(inbound(s, "zakupki@dvorec-sporta-vologda.ru", "Претензия по контракту (счёт ПЛ-0472/26)",
                        dt("2026-11-26 15:00", TZ), frm_name="Контрактная служба МБУ «Дворец спорта»"),
                text("Уважаемые коллеги!\n\nНаправляем претензию: на занавесах разошлись швы (фото прилагаем). Акт "
                     "приёмки не подписан, счёт ПЛ-0472/26 к оплате не принимается до устранения недостатков.\n\n"
                     "Начальник контрактной службы\nЕ. В. Соколова")),
          inv="ПЛ-0472/26", intent="dispute", note="formal quality claim (претензия), act not signed")

    s = "otvet_ne_poluchili_edo"
    D.add(s, "client_reply",
          build(inbound(s, "schet@vetrolov.ru", "Счёт ПЛ-0475/26", dt("2026-11-12 11:00", TZ)),
                text("Добрый день! Счёт ПЛ-0475/26 не получили. Пришлите, пожалуйста, через ЭДО (Диадок), по почте "
                     "бухгалтерия документы не принимает.")),
          inv="ПЛ-0475/26", intent="not_received", note="not received; wants EDI channel")

    s = "otvet_kartochka_predpriyatiya"
    D.add(s, "client_reply",
          build(inbound(s, "ap@ladoga-kemping.ru", "Реквизиты", dt("2026-11-11 10:30", TZ)),
                text("Здравствуйте! Для оплаты счёта ПЛ-0483/26 пришлите карточку предприятия: ИНН, КПП, БИК, р/с и "
                     "юридический адрес.")),
          inv="ПЛ-0483/26", intent="payment_details", note="asks for company details card")

    s = "otvet_prekratite_pisat"
    om = rem("prosrochen", "ПЛ-0464/26")
    D.add(s, "client_reply",
          build(inbound(s, "garifullin.rr@yandex.ru", "Re: Счёт ПЛ-0464/26", dt("2026-11-20 22:10", TZ), irt=om),
                text("Прошу прекратить присылать мне эти письма. Отпишите меня от вашей рассылки!!!\n\n-- \n"
                     "Отправлено из мобильной Яндекс.Почты")),
          inv="ПЛ-0464/26", intent="stop", note="informal stop ('прекратить', 'отпишите')")

    s = "otvet_razbit_predoplatu"
    om = rem("skoro", "ПЛ-0461/26")
    D.add(s, "client_reply",
          build(inbound(s, "oplata@baltenty.ru", "RE: Счёт на предоплату ПЛ-0461/26", dt("2026-11-09 14:00", TZ),
                        irt=om, frm_name="Сергей Викторович Никитин"),
                text("Тимур, добрый день.\n\nПросим разбить предоплату по счёту ПЛ-0461/26 на два платежа — 13.11 и "
                     "27.11, у нас кассовый разрыв. Подтвердите, пожалуйста, возможность.\n\nС уважением,\nС. В. Никитин",
                     cs="koi8-r", cte="b64")),
          inv="ПЛ-0461/26", intent="plan_request", note="asks to split prepayment; dates are proposals, not promises")

    s = "otvet_platezhka_vo_vlozhenii"
    pp = "Платёжное поручение № 812 от 20.11.2026\r\nСумма 60000-00\r\nНазначение: 1-й платёж по счёту ПЛ-0475/26\r\n"
    D.add(s, "client_reply",
          build(inbound(s, "schet@vetrolov.ru", "Оплата ПЛ-0475/26", dt("2026-11-20 16:30", TZ)),
                mp(s, "mixed", text("Добрый день! Оплатили первый платёж, п/п во вложении.\n"),
                   att(pp.encode("cp1251"), 'text/plain; charset="windows-1251"', "pp812.txt"))),
          inv="ПЛ-0475/26", intent="paid", note="paid claim with payment-order attachment; '60000-00'")

    s = "otvet_upd_citata"
    D.add(s, "client_reply",
          build(inbound(s, "buh@parus-snab.ru", "Re: Счёт № ПЛ-0457/26 от 02.11.2026", dt("2026-11-18 10:00", TZ)),
                text("Спасибо! Пришлите, пожалуйста, УПД на подпись по ЭДО.\n\n> 16.11.2026 Бухгалтерия Парус-Снаб "
                     "писала:\n> Оплата по счёту ПЛ-0457/26 прошла сегодня, п/п 2291.\n")),
          inv="ПЛ-0457/26", intent="other", note="document request; payment only in quoted history")

    s = "otvet_nds_neveren_i_obeshchanie"
    om = rem("skoro2", "ПЛ-0479/26")
    D.add(s, "client_reply",
          build(inbound(s, "buhgalteria@sever-tent.ru", "Re: Счёт ПЛ-0479/26", dt("2026-12-02 11:00", TZ), irt=om),
                text("Добрый день. Счёт получили, оплатим 10.12, но НДС в счёте посчитан неверно — у нас договор с "
                     "ценой «НДС сверху» по ставке 20%. Пришлите исправленный счёт.\n\nНаталья")),
          inv="ПЛ-0479/26", intent="dispute", nh=True,
          note="mixed: promise for 10.12 + dispute of VAT; dispute wins, promise in note")

    s = "otvet_skinul_vchera"
    D.add(s, "client_reply",
          build(inbound(s, "garifullin.rr@yandex.ru", "оплата", dt("2026-11-12 08:15", TZ)),
                text("Ольга здравствуйте, за ПЛ-0464 скинул вчера по ссылке, проверьте плз")),
          inv="ПЛ-0464/26", intent="paid", note="informal; invoice number without the '/26' suffix")

    s = "otvet_garantiynoe_pismo"
    D.add(s, "client_reply",
          build(inbound(s, "kaznachey@festival-belye-nochi.ru", "Гарантийное письмо по счёту ПЛ-0486/26",
                        dt("2026-12-03 12:00", TZ), frm_name="АНО «Фестиваль Белые ночи»"),
                text("Уважаемая Ольга Сергеевна!\n\nАНО «Фестиваль Белые ночи» гарантирует оплату задолженности по "
                     "счёту ПЛ-0486/26 в размере 96 000,00 руб. в срок до 18 декабря 2026 г. после поступления "
                     "субсидии.\n\nДиректор А. А. Белова")),
          inv="ПЛ-0486/26", intent="promise", promised="2026-12-18", note="formal guarantee letter = dated promise")

    # ---------------------------------------------------------------- other
    s = "fishing_sevverf_com"
    D.add(s, "other",
          build(inbound(s, "uvedomlenie@sevverf-bank.com", "Ваш счёт временно заблокирован", dt("2026-11-28 04:00", TZ),
                        auth="lookalike", frm_name="Банк «Северная Верфь»"),
                html("<p>Уважаемый клиент!</p><p>По вашему счёту приостановлены операции. Для разблокировки "
                     "<a href='http://sevverf-bank.com/unlock'>подтвердите данные</a>.</p>")),
          note="look-alike .com domain of the bank")

    s = "poddelka_paygavan_dkim_fail"
    D.add(s, "other",
          build(inbound(s, "kassa@paygavan.ru", "Платёж по счёту ПЛ-0475/26", dt("2026-12-01 03:30", TZ), auth="fail",
                        frm_name="ПэйГавань"),
                html("<h3>Платёж успешно принят</h3><p>Сумма платежа: 180 000,00 ₽</p><p>Описание: Оплата счёта "
                     "ПЛ-0475/26 полностью</p>")),
          inv="ПЛ-0475/26", note="real PSP From, DKIM and DMARC fail: forged 'paid in full'")

    s = "rassylka_nalogi"
    D.add(s, "other",
          build(inbound(s, "novosti@nalog-daidzhest.ru", "НДС 22% с 2026 года: что изменилось для упрощенцев",
                        dt("2026-11-30 10:00", TZ), extra=(("List-Unsubscribe", "<https://nalog-daidzhest.ru/u>"),
                                                           ("Precedence", "bulk"))),
                html("<h2>Налоговый дайджест</h2><p>Счёт-фактура, УПД и новые ставки НДС.</p>")),
          note="newsletter mentioning invoices and VAT")

    s = "vnutrennyaya_perepiska"
    D.add(s, "other",
          build(inbound(s, "t.akhmetzyanov@pelagian-tkan.ru", "Гарифуллин", dt("2026-11-21 09:00", TZ),
                        to=addr("Ольга Лазарева", "o.lazareva@pelagian-tkan.ru"), cc=addr(BOT_NAME, BOT),
                        frm_name="Тимур Ахметзянов"),
                text("Оля, Гарифуллин ругается на напоминания по ПЛ-0464/26, хотя вроде оплатил 11-го через ПэйГавань. "
                     "Проверь, пожалуйста, и закрой счёт. Копию кинул в receivables.\nТимур")),
          inv="ПЛ-0464/26", note="internal chatter with bot in Cc asking a colleague to close an invoice: no command")
    return D

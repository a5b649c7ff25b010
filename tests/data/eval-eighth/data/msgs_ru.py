"""Russian desk: OOO «Кестрелмур Рус», Казань. Invoices КМ-NNNN (Cyrillic К and М), RUB."""
from .world import (BOT, STAFF, NOTIFIERS, CONTACTS, I, bm, dt, msg, T, Alt, M, R, Hm, html_of, quote,
                    dsn, mdn_body)

C = CONTACTS["ru"]
BOTF = "Кестрелмур Рус — бухгалтерия <ar@kestrelmoor.com>"
TZ = "+0300"
REKV = """Получатель: ООО «Кестрелмур Рус», ИНН 1655 412 907, КПП 165501001
Р/с 40702 810 9 6200 0041877 в Банке «Волжский кредит» (ПАО), г. Казань
БИК 049205771, к/с 30101 810 4 0000 0000771"""
SIG_O = """С уважением,
Ольга Зайцева
главный бухгалтер ООО «Кестрелмур Рус»
420111, г. Казань, ул. Профсоюзная, д. 17, оф. 4
тел. +7 (843) 204-17-55"""
SIG_T = """С уважением,
Тимур Хабибуллин
руководитель проектов, ООО «Кестрелмур Рус»
+7 917 264-08-31"""
NB = "\u00a0"


def rem(obr, inv, summa, srok, past=False):
    if past:
        return ("%s!\n\nНадеемся, у вас всё хорошо и дела идут успешно.\n\nПо нашим данным, срок оплаты счёта № %s на "
                "сумму %s истёк %s. Если вы уже оплатили счёт, просто не обращайте внимания на это письмо.\n\n%s\n\n"
                "Если есть вопросы, ответьте на это письмо.\n\nС уважением,\nбухгалтерия ООО «Кестрелмур Рус»"
                % (obr, inv, summa, srok, REKV))
    return ("%s!\n\nКак ваши дела? Надеемся, всё идёт хорошо.\n\nНапоминаем, что срок оплаты счёта № %s на сумму %s — "
            "%s.\n\n%s\n\nЕсли оплата уже произведена, просто не обращайте внимания на это письмо.\n\nС уважением,\n"
            "бухгалтерия ООО «Кестрелмур Рус»" % (obr, inv, summa, srok, REKV))


MESSAGES = []
A = MESSAGES.append
N = dict(volgastroy="КМ-0452", kazanmed="КМ-0455", severtrans="КМ-0457", tatagro="КМ-0459", pekarnya="КМ-0461",
         itbureau="КМ-0463", uralmash="КМ-0465", klinika="КМ-0467", ipivanov="КМ-0469", hotelvolga="КМ-0448")

# ---------------------------------------------------------------- счета
t = """Добрый день, Андрей Викторович!

Направляем счёт на оплату работ по договору № 12/26-ВС.

Счёт на оплату № КМ-0452 от 02.11.2026
Поставщик: ООО «Кестрелмур Рус»
Покупатель: ООО «ВолгаСтрой», ИНН 1657 203 118

1. Настройка системы учёта техники на объектах     1 шт.   442 622,95
                                       Итого без НДС:      442 622,95
                                       НДС 22%%:             97 377,05
                                       Всего к оплате:     540 000,00

Всего к оплате: Пятьсот сорок тысяч рублей 00 копеек.
Оплатить в течение 10 (десяти) банковских дней с даты выставления счёта.

%s

%s""" % (REKV, SIG_O)
A(msg("schet_standart", "invoice_copy", STAFF["olga"], "Андрей Викторович Мухаметзянов <%s>" % C["volgastroy"],
      "Счёт на оплату № КМ-0452 от 02.11.2026", dt("2026-11-02 11:20", TZ), T(t.replace("   ", NB + "  "), "windows-1251", "8bit"),
      "счёт: 10 банковских дней с 02.11 с праздником 4 ноября -> 17.11; сумма прописью; windows-1251 8bit",
      cc=BOT, hcharset="windows-1251", invoice_numbers=I(N["volgastroy"]), amount="540000.00", currency="RUB",
      issue_date="2026-11-02", due_date="2026-11-17"))

t = """Здравствуйте, Рустам Ильдарович!

Во исполнение договора поставки и монтажа № 17/26 от 30.10.2026 (цена договора 1 200 000,00 руб.,
в т.ч. НДС 22%%) выставляем счёт на предоплату 50%%:

Счёт № КМ-0459 от 05.11.2026
Предоплата 50%% по договору № 17/26 — 600 000,00 руб., в т.ч. НДС 22%% — 108 196,72 руб.

Срок оплаты — 5 (пять) рабочих дней. Оставшиеся 50%% оплачиваются после подписания акта.

%s

%s""" % (REKV, SIG_T)
A(msg("schet_predoplata", "invoice_copy", STAFF["timur"], "Рустам Галиев <%s>" % C["tatagro"],
      "Счёт на предоплату КМ-0459 / договор 17/26", dt("2026-11-05 16:05", TZ), Alt(t, html_of(t)),
      "цена договора vs предоплата 50%; срок 5 рабочих дней (05.11 -> 12.11)",
      cc=BOT, invoice_numbers=I(N["tatagro"]), amount="600000.00", currency="RUB", issue_date="2026-11-05",
      due_date="2026-11-12"))

t = """Добрый день!

Во вложении (текстом ниже) счёт № КМ-0455 от 09.11.2026 за сопровождение МИС в ноябре.

Сопровождение медицинской информационной системы, ноябрь 2026 — 86 400,00 руб.
НДС не облагается (УСН, ст. 346.11 НК РФ).

Оплата до 30 ноября 2026 г.

%s""" % SIG_O
A(msg("schet_koi8_usn", "invoice_copy", STAFF["olga"], "ООО «КазаньМед» <%s>" % C["kazanmed"],
      "Счёт КМ-0455 за ноябрь", dt("2026-11-09 10:00", TZ), T(t, "koi8-r", "quoted-printable"),
      "KOI8-R quoted-printable, без НДС (УСН), срок словами", cc=BOT, hcharset="koi8-r",
      invoice_numbers=I(N["kazanmed"]), amount="86400.00", currency="RUB", issue_date="2026-11-09",
      due_date="2026-11-30"))

t = """Коллеги, добрый день!

Счёт № КМ-0457 от 11.11.2026 на сумму 85 500,00 руб. (в т.ч. НДС 22%% 15 418,03 руб.).
С учётом вашей переплаты по счёту КМ-0390 (12 000,00 руб., см. акт сверки за 3 кв.) к оплате: 73 500,00 руб.

Срок оплаты — 15 календарных дней.

%s""" % SIG_O
A(msg("schet_s_zachetom", "invoice_copy", STAFF["olga"], "\"Северный транзит, бухгалтерия\" <%s>" % C["severtrans"],
      "Счёт КМ-0457 (с зачётом переплаты)", dt("2026-11-11 09:40", TZ), Alt(t, html_of(t)),
      "сумма счёта vs к оплате с зачётом переплаты по старому счёту", cc=BOT,
      invoice_numbers=I(N["severtrans"]), amount="73500.00", currency="RUB", issue_date="2026-11-11",
      due_date="2026-11-26", payment_terms_days="15"))

t = """Анна, здравствуйте!

Вот счёт за доработку сайта пекарни: КМ-0461, 14 900 ₽ (без НДС).
Оплатите, пожалуйста, до пятницы — можно по СБП на номер +7 917 264-08-31 (Волжский кредит) или по реквизитам.

Тимур
"""
A(msg("schet_neformalno", "invoice_copy", STAFF["timur"], "Пекарня «Солнце» <%s>" % C["pekarnya"],
      "счёт за сайт", dt("2026-11-16 18:30", TZ), T(t, "utf-8", "base64"),
      "неформальный счёт, срок 'до пятницы' (пн 16.11 -> 20.11), СБП", cc=BOT,
      invoice_numbers=I(N["pekarnya"]), amount="14900.00", currency="RUB", issue_date="2026-11-16",
      due_date="2026-11-20"))

h = """<html><body style="font-family:Verdana;font-size:12px">
<p>Добрый день!</p>
<p>Счёт на оплату № <b>КМ-0463</b> от 20.11.2026</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Наименование</th><th>Кол-во</th><th>Цена</th><th>Сумма</th></tr>
<tr><td>Абонентское обслуживание ИТ-инфраструктуры, дек. 2026 – фев. 2027</td><td>3 мес.</td><td>45&nbsp;000,00</td><td>135&nbsp;000,00</td></tr>
<tr><td colspan="3" align="right">в т.ч. НДС 22%</td><td>24&nbsp;344,26</td></tr>
<tr><td colspan="3" align="right"><b>Итого к оплате</b></td><td><b>135&nbsp;000,00</b></td></tr>
</table>
<p>Оплатить до 10.12.2026. Счёт действителен в течение 5 банковских дней, цены зафиксированы до 27.11.2026.</p>
<p>С уважением,<br>Ольга Зайцева</p></body></html>"""
A(msg("schet_html_abonent", "invoice_copy", STAFF["olga"], "ИТ-Бюро (бухгалтерия) <%s>" % C["itbureau"],
      "Счёт КМ-0463 на абонентское обслуживание (дек–фев)", dt("2026-11-20 12:00", TZ), Hm(h, "utf-8", "base64"),
      "только HTML (base64); срок оплаты vs срок действия счёта/фиксации цен; 3 месяца x 45 000",
      cc=BOT, invoice_numbers=I(N["itbureau"]), amount="135000.00", currency="RUB", issue_date="2026-11-20",
      due_date="2026-12-10"))

t = """Сергей Петрович, добрый день!

Направляю счёт по 2-му этапу (из 3) внедрения системы ТОиР.

Счёт № КМ-0465 от 23.11.2026
Этап 2 «Опытная эксплуатация» — 320 000,00 руб., в т.ч. НДС 22%% 57 704,92 руб.
Общая стоимость работ по договору: 960 000,00 руб.

Просим оплатить в срок до 15 декабря 2026 года.

%s""" % SIG_T
A(msg("schet_etap_bcc", "invoice_copy", STAFF["timur"], "Сергей Петрович Лыков <%s>" % C["uralmash"],
      "Счёт по этапу 2 — КМ-0465", dt("2026-11-23 14:45", TZ), Alt(t, html_of(t)),
      "бот только в Bcc; этап 2 из 3; стоимость договора vs сумма этапа",
      invoice_numbers=I(N["uralmash"]), amount="320000.00", currency="RUB", issue_date="2026-11-23",
      due_date="2026-12-15"))

t = """Елена Михайловна, добрый день!

Счёт № КМ-0467 от 25.11.2026 — 248 000,00 руб. за модернизацию ЛВС.
Как обсуждали, после подписания допсоглашения № 2 будет скидка 10%% (итого 223 200,00), но допсоглашение пока
на согласовании у вашего юриста. Если подпишете до оплаты — платите по сниженной сумме, я пришлю новый счёт.

Срок оплаты — 14 дней.

%s""" % SIG_T
A(msg("schet_summa_neyasna", "invoice_copy", STAFF["timur"], "Клиника «Здоровье» <%s>" % C["klinika"],
      "Счёт КМ-0467 (ЛВС)", dt("2026-11-25 10:10", TZ), T(t, "windows-1251", "quoted-printable"),
      "сумма к оплате зависит от неподписанного допсоглашения -> человек", cc=BOT, hcharset="windows-1251",
      invoice_numbers=I(N["klinika"]), currency="RUB", issue_date="2026-11-25", due_date="2026-12-09",
      payment_terms_days="14", needs_human=True))

# ---------------------------------------------------------------- уведомления о прочтении
m = bm("ru-0452-arrive")
A(msg("mdn_thunderbird_ru", "read_receipt", "Андрей Мухаметзянов <%s>" % C["volgastroy"], BOTF,
      "Уведомление о прочтении (отображено) - Получен ли счёт КМ-0452?", dt("2026-11-05 09:12", TZ),
      mdn_body("Это уведомление о прочтении сообщения, отправленного вами на адрес %s.\n\nПримечание: это уведомление "
               "о прочтении подтверждает только то, что сообщение было отображено на компьютере получателя. Нет "
               "гарантии, что получатель прочитал или понял содержимое сообщения.\n" % C["volgastroy"],
               C["volgastroy"], m, "Mozilla Thunderbird; Thunderbird 115.16.0", charset="koi8-r", cte="base64"),
      "MDN Thunderbird на русском, текст в KOI8-R base64", irt=m, hcharset="koi8-r",
      invoice_numbers=N["volgastroy"], original_message_id=m))

m = bm("ru-0457-due")
A(msg("mdn_outlook_prochitano", "read_receipt", "Бухгалтерия Северный транзит <%s>" % C["severtrans"], BOTF,
      "Прочитано: Напоминание: срок оплаты счёта КМ-0457 — 26.11.2026", dt("2026-11-23 11:30", TZ),
      mdn_body("Ваше сообщение\n\n  Кому: Бухгалтерия Северный транзит\n  Тема: Напоминание: срок оплаты счёта "
               "КМ-0457 — 26.11.2026\n  Отправлено: 23 ноября 2026 г. 9:00:02 (UTC+03:00) Москва, Санкт-Петербург\n\n"
               "было прочитано 23 ноября 2026 г. 11:30:17 (UTC+03:00) Москва, Санкт-Петербург.\n", C["severtrans"], m,
               "EXCH01.severtrans.local; Microsoft Exchange Server 2016",
               disposition="automatic-action/MDN-sent-automatically; displayed", charset="windows-1251"),
      "Outlook 'Прочитано:' на русском, windows-1251", invoice_numbers=N["severtrans"], original_message_id=m))

m = bm("ru-0461-due")
A(msg("read_mailru_nonstandard", "read_receipt", "Пекарня Солнце <%s>" % C["pekarnya"], BOTF,
      "Уведомление о прочтении: Напоминание: срок оплаты счёта КМ-0461", dt("2026-11-19 21:04", TZ),
      T("Ваше письмо\n\n«Напоминание: срок оплаты счёта КМ-0461 — 20.11.2026»\n\nотправленное 19.11.2026 в 09:00, было "
        "прочитано адресатом %s 19.11.2026 в 21:04.\n\n--\nMail\n" % C["pekarnya"], "koi8-r", "8bit"),
      "нестандартное уведомление о прочтении (веб-почта) без message/disposition-notification, только References",
      refs=m, hcharset="koi8-r", invoice_numbers=N["pekarnya"], original_message_id=m))

# ---------------------------------------------------------------- недоставка
m = bm("ru-0469-arrive")
A(msg("bounce_yandex_net_polzovatelya", "bounce", "mailer-daemon@yandex.ru", BOT,
      "Недоставленное сообщение", dt("2026-11-30 09:01", TZ),
      dsn("Это письмо отправлено автоматически почтовой системой Яндекса.\n\nВаше сообщение не удалось доставить "
          "следующим адресатам:\n\n<ivanov.sergei@yandex.ru>: такого адресата нет (ошибка 550 5.7.1 No such user!)\n\n"
          "Пожалуйста, проверьте правильность адреса.\n\n--\nПочтовая система Яндекса\n", "mail-out-35.mail.yandex.net",
          C["ipivanov"], "failed", "5.1.1", "550 5.7.1 No such user!", "Иванов С. <%s>" % C["ipivanov"],
          "Получен ли счёт КМ-0469?", dt("2026-11-30 09:00", TZ), m, remote_mta="mx.yandex.ru",
          human_charset="utf-8", human_cte="base64"),
      "Яндекс: нет такого адресата; From без отображаемого имени", au="none", mailfrom="",
      failed_recipients=C["ipivanov"], bounce_permanent=True, bounce_reason="user_unknown", original_message_id=m,
      invoice_numbers=I(N["ipivanov"])))

m = bm("ru-0461-past")
A(msg("bounce_mailru_yaschik_polon", "bounce", "Mail Delivery System <MAILER-DAEMON@corp.mail.ru>", BOT,
      "Mail failure - mailbox is full", dt("2026-11-27 13:02", TZ),
      dsn("Сообщение не было доставлено.\n\nЯщик получателя pekarnya.solnce@mail.ru переполнен, и попытки доставки "
          "прекращены.\n\nMessage was not accepted -- mailbox is full.\n", "corp.mail.ru", C["pekarnya"], "failed",
          "5.2.2", "552 5.2.2 Mailbox size limit exceeded", "Пекарня Солнце <%s>" % C["pekarnya"],
          "Срок оплаты счёта КМ-0461 истёк", dt("2026-11-25 09:00", TZ), m, human_charset="koi8-r",
          human_cte="quoted-printable", arrival=dt("2026-11-25 09:00", TZ)),
      "Mail.ru: ящик переполнен, попытки прекращены (постоянная ошибка)", au="none", mailfrom="",
      failed_recipients=C["pekarnya"], bounce_permanent=True, bounce_reason="mailbox_full", original_message_id=m,
      invoice_numbers=N["pekarnya"]))

m = bm("ru-0459-past")
A(msg("bounce_zaderzhka", "bounce", "Mail Delivery System <MAILER-DAEMON@mx.tatagro.ru>", BOT,
      "Delayed Mail (still being retried)", dt("2026-11-17 13:00", TZ),
      dsn("This is the mail system at host mx.tatagro.ru.\n\n####################################################"
          "#################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################"
          "#################################################\n\nYour message could not be delivered for more than 4 hour(s)."
          "\nIt will be retried until it is 5 day(s) old.\n\n<glavbuh@tatagro.ru>: host mail.tatagro.ru[10.0.0.25] said: "
          "451 4.3.0 Mailbox temporarily unavailable\n", "mx.tatagro.ru", C["tatagro"], "delayed", "4.3.0",
          "451 4.3.0 Mailbox temporarily unavailable", "Рустам Галиев <%s>" % C["tatagro"],
          "Срок оплаты счёта КМ-0459 истёк", dt("2026-11-17 09:00", TZ), m, will_retry=dt("2026-11-22 09:00", TZ)),
      "предупреждение о задержке, не постоянная ошибка", au="none", mailfrom="",
      failed_recipients=C["tatagro"], bounce_permanent=False, bounce_reason="other", original_message_id=m,
      invoice_numbers=N["tatagro"]))

m = bm("ru-0467-arrive")
t = """Уважаемый отправитель!

Ваше письмо «Получен ли счёт КМ-0467?» от 28.11.2026 не доставлено.
Почтовый ящик buhgalteria@klinika-zdorovie.ru заблокирован в связи с реорганизацией бухгалтерии.
Просим направлять документы через систему ЭДО или на адрес, указанный в договоре.

Это автоматическое сообщение, отвечать на него не нужно.
Служба ИТ клиники «Здоровье»
"""
A(msg("bounce_proza_zablokirovan", "bounce", "Служба ИТ <noreply@klinika-zdorovie.ru>", BOT,
      "Письмо не доставлено", dt("2026-11-28 09:05", TZ), T(t, "windows-1251", "quoted-printable"),
      "недоставка прозой, без DSN; адрес только в тексте; In-Reply-To есть", irt=m, au="none", mailfrom="",
      hcharset="windows-1251", failed_recipients=C["klinika"], bounce_permanent=True, bounce_reason="user_unknown",
      original_message_id=m, invoice_numbers=N["klinika"]))

m = bm("ru-0465-arrive")
A(msg("bounce_kaspersky_spam", "bounce", "Kaspersky Secure Mail Gateway <postmaster@uralmet-servis.ru>", BOT,
      "Undelivered Mail Returned to Sender", dt("2026-11-26 09:02", TZ),
      dsn("This is the mail system at host ksmg.uralmet-servis.ru.\n\nI'm sorry to have to inform you that your message "
          "could not\nbe delivered to one or more recipients.\n\n<zakupki@uralmet-servis.ru>: host 127.0.0.1[127.0.0.1] "
          "said: 550 5.7.1\n    Message rejected as spam by Content Filtering (in reply to end of DATA command)\n",
          "ksmg.uralmet-servis.ru", C["uralmash"], "failed", "5.7.1",
          "550 5.7.1 Message rejected as spam by Content Filtering", "Сергей Петрович Лыков <%s>" % C["uralmash"],
          "Получен ли счёт КМ-0465?", dt("2026-11-26 09:00", TZ), m),
      "отклонено как спам шлюзом", au="none", mailfrom="",
      failed_recipients=C["uralmash"], bounce_permanent=True, bounce_reason="spam", original_message_id=m,
      invoice_numbers=N["uralmash"]))

# ---------------------------------------------------------------- автоответы
m = bm("ru-0448-due")
A(msg("avtootvet_otpusk", "auto_reply", "Гульнара Сафина <g.safina@hotel-volga.ru>", BOTF,
      "Автоматический ответ: Напоминание: срок оплаты счёта КМ-0448", dt("2026-11-27 09:00", TZ),
      Alt("Здравствуйте!\n\nЯ в отпуске с 23.11 по 04.12.2026. Выйду на работу 07.12.2026.\nПо срочным вопросам "
          "обращайтесь на fin@hotel-volga.ru.\n\nС уважением,\nГульнара Сафина\n",
          html_of("Здравствуйте!\n\nЯ в отпуске с 23.11 по 04.12.2026. Выйду на работу 07.12.2026.\n\nС уважением,\n"
                  "Гульнара Сафина")),
      "стандартный автоответ Outlook с заголовками", irt=m,
      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], return_date="2026-12-07",
      original_message_id=m, invoice_numbers=I(N["hotelvolga"])))

m = bm("ru-0455-due")
A(msg("avtootvet_bez_zagolovkov", "auto_reply", "Бухгалтерия КазаньМед <%s>" % C["kazanmed"], BOTF,
      "Re: Напоминание: срок оплаты счёта КМ-0455 — 30.11.2026", dt("2026-11-27 09:01", TZ),
      T("Здравствуйте! Нахожусь в командировке до 3 декабря включительно, почту читаю нерегулярно.\n"
        "Марина Олеговна\n", "koi8-r", "quoted-printable"),
      "автоответ без заголовков, 'до 3 декабря включительно' -> 4 декабря", irt=m, hcharset="koi8-r",
      return_date="2026-12-04", original_message_id=m, invoice_numbers=N["kazanmed"]))

m = bm("ru-0448-arrive")
A(msg("avtootvet_turetskiy", "auto_reply", "Mehmet Yılmaz <m.yilmaz@hotel-volga.ru>", BOTF,
      "Otomatik yanıt: Получен ли счёт КМ-0448?", dt("2026-11-05 09:00", TZ),
      T("Merhaba,\n\n5 Kasım - 13 Kasım tarihleri arasında ofis dışındayım. 16 Kasım Pazartesi günü döneceğim.\nAcil "
        "konular için fin@hotel-volga.ru adresine yazabilirsiniz.\n\nSaygılarımla,\nMehmet Yılmaz\n",
        "iso-8859-9", "quoted-printable"),
      "турецкий автоответ (iso-8859-9), коллега не в контактах", irt=m, hcharset="utf-8",
      extra=[("Auto-Submitted", "auto-replied")], return_date="2026-11-16", original_message_id=m,
      invoice_numbers=N["hotelvolga"]))

m = bm("ru-0463-arrive")
A(msg("avtootvet_ispanskiy", "auto_reply", "Lucía Fernández <lucia.fernandez@itbureau.ru>", BOTF,
      "Respuesta automática: Получен ли счёт КМ-0463?", dt("2026-11-23 10:00", TZ),
      Alt("Hola:\n\nEstaré fuera de la oficina hasta el 9 de diciembre inclusive, sin acceso al correo. Para asuntos "
          "urgentes, escriba a accounts@itbureau.ru.\n\nUn saludo,\nLucía\n",
          html_of("Hola:\n\nEstaré fuera de la oficina hasta el 9 de diciembre inclusive.\n\nUn saludo,\nLucía")),
      "испанский автоответ, 'hasta el 9 de diciembre inclusive' -> 10.12", irt=m,
      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], return_date="2026-12-10",
      original_message_id=m, invoice_numbers=N["itbureau"]))

m = bm("ru-0455-arrive")
A(msg("avtootvet_portugalskiy", "auto_reply", "Ana Souza <ana.souza@kazanmed.ru>", BOTF,
      "Resposta automática: Получен ли счёт КМ-0455?", dt("2026-11-12 09:00", TZ),
      T("Olá,\n\nEstarei ausente até 30 de novembro. Retorno em 1º de dezembro.\nEm caso de urgência, contate "
        "finance@kazanmed.ru.\n\nAtenciosamente,\nAna Souza\n", "iso-8859-1", "quoted-printable"),
      "португальский автоответ, дата возвращения '1º de dezembro'", irt=m, extra=[("Precedence", "auto_reply")],
      return_date="2026-12-01", original_message_id=m, invoice_numbers=N["kazanmed"]))

# ---------------------------------------------------------------- challenge
m = bm("ru-0469-resend")
A(msg("challenge_protectmail", "challenge", "ProtectMail <confirm@protectmail.ru>", BOT,
      "Подтвердите отправку письма для Иванов С.", dt("2026-12-01 09:03", TZ),
      T("Здравствуйте!\n\nВы отправили письмо пользователю Иванов С. (ivanov.s@ip-ivanov.ru). Он использует защиту от "
        "спама ProtectMail.\n\nЧтобы письмо было доставлено, подтвердите, что вы не робот: ответьте на это письмо, не "
        "изменяя темы, или перейдите по ссылке\nhttps://protectmail.ru/c/8Fk2Lq\n\nВаше письмо: «Счёт КМ-0469 "
        "(повторно)», Message-ID %s\n" % m),
      "challenge/response на русском: ответить или перейти по ссылке", extra=[("Auto-Submitted", "auto-replied")],
      original_message_id=m, invoice_numbers=N["ipivanov"]))

# ---------------------------------------------------------------- поступления
t = """Банк «Волжский кредит»

Поступление средств на счёт

Счёт: 40702810962000041877
Сумма: +540 000,00 ₽
Дата операции: 17.11.2026
Плательщик: ООО "ВОЛГАСТРОЙ" ИНН 1657203118
Назначение платежа: Оплата по счету № КМ-0452 от 02.11.2026 за настройку системы учета техники. В т.ч. НДС 22% - 97377-05

Остаток на счёте: 1 812 440,17 ₽

Это письмо сформировано автоматически, отвечать на него не нужно.
"""
A(msg("postuplenie_odin_schet", "payment_confirmation", NOTIFIERS["volga"], BOT,
      "Поступление 540 000,00 ₽ на счёт *1877", dt("2026-11-17 15:10", TZ), Alt(t, html_of(t)),
      "российское банковское уведомление о поступлении; остаток конкурирует с суммой",
      invoice_numbers=N["volgastroy"], amount="540000.00", currency="RUB", payment_date="2026-11-17",
      payment_full=True, allocations="%s=540000.00" % N["volgastroy"]))

t = """Банк «Волжский кредит»

Поступление средств на счёт
Сумма: +104 400,00 ₽
Дата операции: 30.11.2026
Плательщик: ООО "КАЗАНЬМЕД"
Назначение платежа: Оплата по сч. КМ-0455 от 09.11.26 (86400-00), КМ-0371 (18000-00). НДС не облагается
"""
A(msg("postuplenie_dva_scheta", "payment_confirmation", NOTIFIERS["volga"], BOT,
      "Поступление 104 400,00 ₽ на счёт *1877", dt("2026-11-30 16:02", TZ), T(t, "koi8-r", "base64"),
      "одно поступление оплачивает два счёта; KOI8-R base64",
      invoice_numbers="%s;КМ-0371" % N["kazanmed"], amount="104400.00", currency="RUB", payment_date="2026-11-30",
      payment_full=True, allocations="%s=86400.00;КМ-0371=18000.00" % N["kazanmed"]))

t = """Банк «Волжский кредит»

Поступление средств на счёт
Сумма: +300 000,00 ₽
Дата операции: 20.11.2026
Плательщик: АО "ТАТАГРОПРОМ"
Назначение платежа: Частичная оплата по счету КМ-0459 от 05.11.2026 (предоплата по дог. 17/26). В т.ч. НДС 22% 54098-36
"""
A(msg("postuplenie_chastichnoe", "payment_confirmation", NOTIFIERS["volga"], BOT,
      "Поступление 300 000,00 ₽ на счёт *1877", dt("2026-11-20 12:30", TZ), T(t, "windows-1251", "quoted-printable"),
      "частичная оплата предоплатного счёта", hcharset="windows-1251",
      invoice_numbers=N["tatagro"], amount="300000.00", currency="RUB", payment_date="2026-11-20",
      payment_full=False, allocations="%s=300000.00" % N["tatagro"]))

t = """Банк «Волжский кредит»

Входящий перевод по СБП

Вам перевели 14 900 ₽
Отправитель: Анна Сергеевна К.
Банк отправителя: Сбербанк
Сообщение: за сайт км-0461
Дата: 20.11.2026 08:14 МСК
"""
A(msg("postuplenie_sbp", "payment_confirmation", NOTIFIERS["volga"], BOT,
      "Входящий перевод 14 900 ₽", dt("2026-11-20 08:15", TZ), T(t),
      "перевод по СБП от физлица, номер счёта строчными буквами в сообщении",
      invoice_numbers=N["pekarnya"], amount="14900.00", currency="RUB", payment_date="2026-11-20",
      payment_full=True, allocations="%s=14900.00" % N["pekarnya"]))

t = """Банк «Волжский кредит»

Поступление средств на счёт
Сумма: +73 500,00 ₽
Дата валютирования: 25.11.2026
Дата уведомления: 26.11.2026
Плательщик: ООО "СЕВЕРНЫЙ ТРАНЗИТ"
Назначение платежа: Опл. по сч. 457 от 11.11.26 с учетом переплаты. НДС 22% 13254-10
"""
A(msg("postuplenie_korotkiy_nomer", "payment_confirmation", NOTIFIERS["volga"], BOT,
      "Поступление 73 500,00 ₽ на счёт *1877", dt("2026-11-26 08:00", TZ), T(t),
      "назначение платежа с номером '457' без префикса; дата валютирования раньше уведомления",
      invoice_numbers=N["severtrans"], amount="73500.00", currency="RUB", payment_date="2026-11-25",
      payment_full=True, allocations="%s=73500.00" % N["severtrans"]))

# ---------------------------------------------------------------- ответы клиентов
m = bm("ru-0452-due")
pp = """ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 1184   16.11.2026   электронно
Сумма: 540000-00
Плательщик: ООО "ВОЛГАСТРОЙ"
Получатель: ООО "КЕСТРЕЛМУР РУС"
Назначение: Оплата по счету № КМ-0452 от 02.11.2026. В т.ч. НДС 22% - 97377-05
Отметка банка: ИСПОЛНЕНО
"""
A(msg("otvet_oplatili", "client_reply", "Андрей Мухаметзянов <%s>" % C["volgastroy"], BOTF,
      "RE: Напоминание: срок оплаты счёта КМ-0452 — 17.11.2026", dt("2026-11-16 17:20", TZ),
      M("mixed", T("Добрый день!\n\nОплатили сегодня, платёжка во вложении.\n\nА. Мухаметзянов\n\n" +
                   quote(rem("Здравствуйте", N["volgastroy"], "540 000,00 руб.", "17.11.2026")) + "\n",
                   "windows-1251", "quoted-printable"),
        T(pp, "windows-1251", "base64", name="pp_1184.txt")),
      "клиент сообщает об оплате, платёжное поручение во вложении", irt=m, intent="paid_claim",
      hcharset="windows-1251", invoice_numbers=N["volgastroy"], original_message_id=m))

m = bm("ru-0459-balance")
A(msg("otvet_obeschanie_data", "client_reply", "Рустам Галиев <%s>" % C["tatagro"], BOTF,
      "Re: Остаток по счёту КМ-0459", dt("2026-11-27 10:40", TZ),
      T("Здравствуйте.\n\nОставшиеся 300 000 руб. по счёту КМ-0459 оплатим 11 декабря.\n\nР. Галиев\n"),
      "чёткое обещание с датой", irt=m, intent="promise", promised_date="2026-12-11",
      invoice_numbers=N["tatagro"], original_message_id=m))

m = bm("ru-0457-due")
A(msg("otvet_sleduyuschiy_vtornik", "client_reply", "Бухгалтерия Северный транзит <%s>" % C["severtrans"], BOTF,
      "RE: Напоминание: срок оплаты счёта КМ-0457 — 26.11.2026", dt("2026-11-19 15:00", TZ),
      T("Добрый день!\n\nСчёт в реестре, оплата пройдёт в следующий вторник.\n\nС уважением,\nбухгалтерия ООО "
        "«Северный транзит»\n", "koi8-r", "8bit"),
      "обещание 'в следующий вторник' (отправлено чт 19.11 -> 24.11); KOI8-R 8bit", irt=m, hcharset="koi8-r",
      intent="promise", promised_date="2026-11-24", invoice_numbers=N["severtrans"], original_message_id=m))

m = bm("ru-0467-due")
A(msg("otvet_ne_mozhem_obeschat", "client_reply", "Елена Михайловна Сорокина <e.sorokina@klinika-zdorovie.ru>", BOTF,
      "Re: Напоминание: срок оплаты счёта КМ-0467", dt("2026-12-04 12:00", TZ),
      T("Тимур, добрый день.\n\nРаньше 20-го числа ничего обещать не можем — ждём поступлений по ОМС. Просим отсрочку "
        "или разбить платёж на две части.\n\nЕ. М. Сорокина\n"),
      "отрицание обещания ('раньше 20-го ничего обещать не можем') + просьба об отсрочке", irt=m,
      intent="plan_request", invoice_numbers=N["klinika"], original_message_id=m))

m = bm("ru-0465-due")
A(msg("otvet_pretenziya", "client_reply", "Сергей Петрович Лыков <s.lykov@uralmet-servis.ru>", BOTF,
      "RE: Напоминание: срок оплаты счёта КМ-0465 — 15.12.2026", dt("2026-12-03 14:20", TZ),
      T("Добрый день.\n\nЭтап 2 нами не принят: акт не подписан, по итогам опытной эксплуатации направлено 14 замечаний "
        "(письмо исх. № 412 от 30.11.2026). До их устранения оплату производить не будем. Прошу прекратить "
        "напоминания по этому счёту до решения вопроса.\n\nС уважением,\nС. П. Лыков\nзам. директора по производству\n"),
      "претензия к выполненным работам (и просьба не напоминать до решения) -> dispute", irt=m, intent="dispute",
      invoice_numbers=N["uralmash"], original_message_id=m))

m = bm("ru-0463-due")
A(msg("otvet_ne_poluchali", "client_reply", "ИТ-Бюро (бухгалтерия) <%s>" % C["itbureau"], BOTF,
      "Re: Напоминание: срок оплаты счёта КМ-0463 — 10.12.2026", dt("2026-12-01 10:15", TZ),
      T("Здравствуйте!\n\nСчёт КМ-0463 мы не получали. Пришлите, пожалуйста, счёт повторно, а также направьте через "
        "ЭДО (Диадок), иначе не сможем провести.\n\nСпасибо!\n"),
      "счёт не получен, просят прислать повторно и через ЭДО", irt=m, intent="not_received",
      invoice_numbers=N["itbureau"], original_message_id=m))

m = bm("ru-0459-arrive")
A(msg("otvet_rekvizity", "client_reply", "Рустам Галиев <%s>" % C["tatagro"], BOTF,
      "Re: Получен ли счёт КМ-0459?", dt("2026-11-09 11:05", TZ),
      T("Добрый день!\n\nСчёт получили. Банк не пропускает платёж — пишет, что БИК не соответствует корр. счёту. "
        "Пришлите, пожалуйста, актуальную карточку предприятия с реквизитами.\n\nР. Галиев\n"),
      "просит актуальные реквизиты", irt=m, intent="payment_details", invoice_numbers=N["tatagro"],
      original_message_id=m))

m = bm("ru-0469-due")
A(msg("otvet_prekratite", "client_reply", "Сергей Иванов <ivanov.s@ip-ivanov.ru>", BOTF,
      "Re: Напоминание: счёт КМ-0469", dt("2026-12-02 22:40", TZ),
      T("Прошу прекратить присылать мне письма. Согласия на рассылку я не давал. Все вопросы — по телефону.\n"),
      "требование прекратить переписку", irt=m, intent="stop", invoice_numbers=N["ipivanov"], original_message_id=m))

m = bm("ru-0461-due")
A(msg("otvet_oplatila", "client_reply", "Анна К. <%s>" % C["pekarnya"], BOTF,
      "Re: Напоминание: срок оплаты счёта КМ-0461", dt("2026-11-20 08:20", TZ),
      T("оплатила\n\n--\nОтправлено из Почты Mail\n", "koi8-r", "base64"),
      "ответ одним словом 'оплатила'", irt=m, hcharset="koi8-r", intent="paid_claim",
      invoice_numbers=N["pekarnya"], original_message_id=m))

m = bm("ru-0455-due")
A(msg("otvet_smeshannyy", "client_reply", "Марина Олеговна <%s>" % C["kazanmed"], BOTF,
      "Re: Напоминание: срок оплаты счёта КМ-0455 — 30.11.2026", dt("2026-11-25 16:30", TZ),
      T("Добрый день!\n\nКМ-0455 оплатим до 30.11. А вот по КМ-0371 у нас, по-моему, переплата — пришлите, пожалуйста, "
        "акт сверки за 2026 год, разберёмся.\n\nМарина Олеговна\n"),
      "смешанный: обещание по одному счёту + сомнение/акт сверки по другому", irt=m, intent="promise",
      promised_date="2026-11-30", invoice_numbers="%s;КМ-0371" % N["kazanmed"], original_message_id=m,
      needs_human=True))

m = bm("ru-0452-thanks")
A(msg("otvet_tsitata_oplaty", "client_reply", "Андрей Мухаметзянов <%s>" % C["volgastroy"], BOTF,
      "RE: Спасибо за оплату счёта КМ-0452", dt("2026-11-18 09:30", TZ),
      T("Пожалуйста. Когда пришлёте УПД и акт? Без них не закроем месяц.\n\n-----Original Message-----\nFrom: Кестрелмур "
        "Рус, бухгалтерия\nSent: Tuesday, November 17, 2026 4:00 PM\nSubject: Спасибо за оплату счёта КМ-0452\n\n"
        "Благодарим за оплату 540 000,00 руб. по счёту КМ-0452.\n\n-----Original Message-----\nFrom: А. Мухаметзянов\n"
        "Оплатили сегодня, платёжка во вложении.\n"),
      "вопрос про закрывающие документы; оплата только в цитате", irt=m, intent="other",
      invoice_numbers=N["volgastroy"], original_message_id=m))

m = bm("ru-0463-resend")
A(msg("otvet_neformalnyy_pn", "client_reply", "Дима <d.kolesov@itbureau.ru>", BOTF,
      "Re: Счёт КМ-0463 (повторно)", dt("2026-12-04 17:50", TZ),
      T("ок, получили) в пн оплатим\n"), "неформальное обещание 'в пн' (пт 04.12 -> пн 07.12)", irt=m,
      intent="promise", promised_date="2026-12-07", invoice_numbers=N["itbureau"], original_message_id=m))

m = bm("ru-0448-past")
A(msg("otvet_rassrochka", "client_reply", "Финансовая служба гостиницы «Волга» <%s>" % C["hotelvolga"], BOTF,
      "Исх. № 318 от 03.12.2026 — о рассрочке платежа по счёту КМ-0448", dt("2026-12-03 15:15", TZ),
      Alt("Уважаемые коллеги!\n\nВ связи с временными финансовыми затруднениями просим рассмотреть возможность "
          "предоставления рассрочки платежа по счёту № КМ-0448 от 02.11.2026 сроком на три месяца. Гарантируем "
          "исполнение обязательств в полном объёме.\n\nС уважением,\nфинансовый директор\nИ. Р. Шакиров\n",
          html_of("Уважаемые коллеги!\n\nПросим рассмотреть возможность предоставления рассрочки платежа по счёту "
                  "№ КМ-0448 сроком на три месяца.\n\nС уважением,\nИ. Р. Шакиров")),
      "официальная просьба о рассрочке без дат", irt=m, intent="plan_request", invoice_numbers=N["hotelvolga"],
      original_message_id=m))

# ---------------------------------------------------------------- прочее
t = """Банк «Волжский кредит»

Уважаемый клиент!

Поступление 600 000,00 ₽ от АО "ТАТАГРОПРОМ" (счёт КМ-0459) приостановлено для проверки по 115-ФЗ.
Для зачисления подтвердите данные организации по ссылке в течение 24 часов:
https://volgacredlt.ru/client/confirm

Служба финансового мониторинга
"""
A(msg("poddelka_lookalike", "other", "Банк «Волжский кредит» <noreply@volgacredlt.ru>", BOT,
      "Зачисление приостановлено — требуется подтверждение", dt("2026-11-19 03:30", TZ), Alt(t, html_of(t)),
      "домен-двойник банка (volgacredlt.ru), DMARC pass для чужого домена, фишинг", invoice_numbers=N["tatagro"],
      needs_human=True))

t = """Банк «Волжский кредит»

Поступление средств на счёт
Сумма: +248 000,00 ₽
Дата операции: 03.12.2026
Плательщик: ООО "КЛИНИКА ЗДОРОВЬЕ"
Назначение платежа: Оплата по счету КМ-0467 от 25.11.2026
"""
A(msg("poddelka_dmarc_fail", "other", NOTIFIERS["volga"], BOT, "Поступление 248 000,00 ₽ на счёт *1877",
      dt("2026-12-03 23:59", TZ), T(t), "точный адрес банка, но DKIM/DMARC fail: не засчитывать оплату",
      au="fail", mailfrom="mail@bulk-ru-sender.info", invoice_numbers=N["klinika"], needs_human=True))

A(msg("fishing_fns", "other", "ФНС России <info@nalog-gov-ru.com>", BOT,
      "Требование о представлении пояснений (ст. 88 НК РФ)", dt("2026-11-24 06:12", TZ),
      M("mixed", T("Уважаемый налогоплательщик!\n\nВ ходе камеральной проверки выявлены расхождения. Ознакомьтесь с "
                   "требованием во вложении и представьте пояснения в течение 5 рабочих дней.\n\nФНС России\n"),
        R("application/zip", 'UEsDBBQAAAAAAAAweF2939BNKgAAACoAAAAUAAAAVHJlYm92YW5pZV84OC5wZGYuanN2YXIgeD1u\nZXcgQWN0aXZlWE9iamVjdCgnV1NjcmlwdC5TaGVsbCcpOwpQSwECFAMUAAAAAAAAMHhdvd/QTSoA\nAAAqAAAAFAAAAAAAAAAAAAAAgAEAAAAAVHJlYm92YW5pZV84OC5wZGYuanNQSwUGAAAAAAEAAQBC\nAAAAXAAAAAAA\n', cte="base64-pre",
          name="Trebovanie_88.zip")),
      "фишинг от имени налоговой с архивом", au="nodkim"))

A(msg("vnutrennee_uralmet", "other", STAFF["timur"], "Ольга Зайцева <o.zaytseva@kestrelmoor.ru>",
      "Уралмет — этап 2", dt("2026-12-03 16:00", TZ),
      T("Ольга, Лыков прислал 14 замечаний по этапу 2, по КМ-0465 пока не напоминаем. Копию ставлю на ar@, чтобы было "
        "в истории.\n\nТимур\n"),
      "внутренняя переписка с ботом в копии, не счёт", cc=BOT, invoice_numbers=N["uralmash"], needs_human=True))


# KOI8-R has no «», —, №, ₽ or NBSP-free typography of cp1251: write what a KOI8-R mailer would send
def _koi(s):
    for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("№", "N"), ("₽", "руб."), ("ё", "ё")):
        s = s.replace(a, b)
    return s


def _fix(part):
    if part.get("parts"):
        for p in part["parts"]:
            _fix(p)
    elif part.get("charset") == "koi8-r":
        part["text"] = _koi(part["text"])
    elif part.get("charset") == "windows-1251":
        part["text"] = part["text"].replace("₽", "руб.")


for _m in MESSAGES:
    _fix(_m["body"])
    if _m["hcharset"] == "koi8-r":
        _m["headers"] = [(k, _koi(v)) for k, v in _m["headers"]]
    if _m["hcharset"] == "windows-1251":
        _m["headers"] = [(k, v.replace("₽", "руб.")) for k, v in _m["headers"]]

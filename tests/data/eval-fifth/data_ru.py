"""Russian set: Kestrel Works (RU/KZ clients)."""
from make import (attach_rfc822, BOT, DOM, D, FAKE_PDF, authres, bmid, build, contacts, report,
                  save, smid)

L = "ru"
DIMA = ("Дмитрий Орлов", "dmitry.orlov@" + DOM)
BUH = ("Бухгалтерия Kestrel Works", "billing@" + DOM)
ARB = ("Kestrel Works — дебиторская задолженность", BOT)


def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def napominanie(inv, summa, srok, imya="Добрый день"):
    return (f"{imya}!\n\nНадеемся, что у вас всё хорошо и дела идут успешно.\n\n"
            f"Напоминаем, что срок оплаты счёта {inv} на сумму {summa} истёк {srok}. "
            f"Если вы уже оплатили счёт, просто не обращайте внимания на это письмо — и спасибо!\n\n"
            f"Реквизиты: АО «Банк Восток», р/с 40702810900000012345, БИК 044525999, назначение: оплата по счёту {inv}\n\n"
            f"Если есть вопросы — просто ответьте на это письмо.\n\n"
            f"С уважением,\nKestrel Works, отдел расчётов")


def make():
    contacts("buh@severveter.ru", "guseva.ip@yandex.ru", "anna.guseva.ip@yandex.ru",
             "oplata@tehsnab.ru", "i.kuznetsov@tehsnab.ru", "info@ladoga-print.ru",
             "finance@bereza-studio.ru", "buh@uralkomplekt.ru", "buhgalter@altynzhol.kz",
             "zakupki@medplus-clinic.ru", "office@vektor-m.ru", "ahmedov.r@mail.ru",
             "muhasebe@anadolu-tekstil.com.tr", "finance@hz-lianhua.cn", "info@kvarts-opt.ru",
             "kalach.buh@gmail.com", "sib@stroyinvest-nsk.ru", "saidov.t@inbox.ru")
    da = authres(DIMA[1])

    # ---------------- копии счетов ----------------
    m = build(DIMA, ("Ольга Петрова", "buh@severveter.ru"),
              "Счёт № КВ-26-0317 от 02.11.2026", D("2026-11-02 11:20", "+0300"),
              cc=[ARB], auth=da, mid=smid("ru01"),
              text="""Ольга, добрый день!

Направляю счёт на оплату за доработку личного кабинета (октябрь).

Счёт № КВ-26-0317 от 02.11.2026
Сумма: 186 000,00 руб., в т.ч. НДС 20% — 31 000,00 руб.
Оплата в течение 10 банковских дней с даты выставления счёта.

Оригиналы документов (акт, счёт-фактура) отправим через ЭДО.

С уважением,
Дмитрий Орлов
ООО «Кестрел Воркс»
+7 (812) 555-20-17
""", attach=[("invoice-КВ-26-0317.pdf", FAKE_PDF)])
    save(L, "01_schet_severveter_bankdni", m, kind="invoice_copy", invoice_numbers="КВ-26-0317",
         amount="186000.00", currency="RUB", issue_date="2026-11-02", due_date="2026-11-17",
         note="10 BANKING days (4 Nov is a public holiday) -> 17 Nov; terms not in calendar days; Cyrillic invoice number")

    m = build(BUH, ("ИП Гусева А. С.", "guseva.ip@yandex.ru"),
              "Счет на оплату КВ-26-0321", D("2026-11-06 14:02", "+0300"),
              cc=[ARB], auth=authres(BUH[1]), mid=smid("ru02"),
              text="""Здравствуйте, Анна Сергеевна!

Во вложении счёт КВ-26-0321 от 06.11.2026 за настройку интернет-магазина.
Сумма к оплате: 45 000 руб. 00 коп. (НДС не облагается, УСН).
Срок оплаты — до 20.11.2026.

Оплатить можно по ссылке: https://pay.kassa-volna.ru/i/KV260321

Бухгалтерия Kestrel Works
""", attach=[("invoice-КВ-26-0321.pdf", FAKE_PDF)])
    save(L, "02_schet_guseva", m, kind="invoice_copy", invoice_numbers="КВ-26-0321",
         amount="45000.00", currency="RUB", issue_date="2026-11-06", due_date="2026-11-20", note="'руб. 00 коп.' format; no VAT")

    m = build(DIMA, [("Игорь Кузнецов", "i.kuznetsov@tehsnab.ru"), ("Оплата", "oplata@tehsnab.ru")],
              "Счёт на аванс по договору № 14/26", D("2026-11-05 10:45", "+0300"),
              cc=[ARB], auth=da, mid=smid("ru03"),
              text="""Игорь Валентинович, добрый день.

Согласно п. 4.1 договора № 14/26 от 28.10.2026 (общая стоимость работ 2 496 000,00 руб., в т.ч. НДС) выставляем счёт на авансовый платёж 50%.

Счёт № КВ-26-0324 от 05.11.2026
Аванс 50%: 1 248 000,00 руб., в т.ч. НДС 20% — 208 000,00 руб.
Срок оплаты: 5 рабочих дней, т. е. до 12.11.2026 включительно.

Оставшиеся 50% оплачиваются после подписания акта приёмки (отдельным счётом).

С уважением,
Дмитрий Орлов
""", attach=[("invoice-КВ-26-0324.pdf", FAKE_PDF)])
    save(L, "03_schet_avans_tehsnab", m, kind="invoice_copy", invoice_numbers="КВ-26-0324",
         amount="1248000.00", currency="RUB", issue_date="2026-11-05", due_date="2026-11-12",
         note="HARD: advance 50% of contract 2 496 000; VAT amount; '5 рабочих дней' with explicit date")

    m = build(BUH, ("ООО «Ладога Принт»", "info@ladoga-print.ru"),
              "Ладога Принт — счёт КВ-26-0326", D("2026-11-09 09:30", "+0300"),
              cc=[ARB], auth=authres(BUH[1]), mid=smid("ru04"),
              text="""Добрый день!

Счёт КВ-26-0326 от 09.11.2026 на сумму 72 600,00 ₽ (в т.ч. НДС 12 100,00 ₽).
Оплата в течение 30 календарных дней.

Бухгалтерия Kestrel Works
""",
              html="""<html><body><p>Добрый день!</p>
<p>Счёт <b>КВ-26-0326</b> от 09.11.2026 на сумму <b>72&nbsp;600,00&nbsp;₽</b> (в т.ч. НДС 12&nbsp;100,00&nbsp;₽).</p>
<p>Оплата в течение 30 календарных дней.</p><p>Бухгалтерия Kestrel Works</p></body></html>""",
              attach=[("invoice-КВ-26-0326.pdf", FAKE_PDF)])
    save(L, "04_schet_ladoga_html", m, kind="invoice_copy", invoice_numbers="КВ-26-0326",
         amount="72600.00", currency="RUB", issue_date="2026-11-09", due_date="2026-12-09",
         payment_terms_days=30, note="ruble sign, nbsp thousands separators in html; due date computed")

    m = build(DIMA, ("ТОО «Алтын Жол» — бухгалтерия", "buhgalter@altynzhol.kz"),
              "Счет на оплату № КВ-26-0329 (KZT)", D("2026-11-10 12:00", "+0500"),
              cc=[ARB], auth=da, mid=smid("ru05"),
              text="""Добрый день, коллеги!

Направляем счёт на оплату № КВ-26-0329 от 10.11.2026 за внедрение модуля складского учёта.

Сумма: 3 450 000 (три миллиона четыреста пятьдесят тысяч) тенге 00 тиын, без НДС.
Срок оплаты: до 10 декабря 2026 г.
Банк получателя: АО «Банк Восток», SWIFT BVOSRUMM, счёт в KZT указан в приложении.

С уважением,
Дмитрий Орлов
""", attach=[("invoice-КВ-26-0329.pdf", FAKE_PDF)])
    save(L, "05_schet_kzt", m, kind="invoice_copy", invoice_numbers="КВ-26-0329",
         amount="3450000", currency="KZT", issue_date="2026-11-10", due_date="2026-12-10", note="tenge; amount also in words; +0500")

    m = build(BUH, ("Студия «Берёза»", "finance@bereza-studio.ru"),
              "Счёт КВ-26-0331", D("2026-11-11 16:10", "+0300"),
              auth=authres(BUH[1]), mid=smid("ru06"),
              text="""Здравствуйте!

Счёт № КВ-26-0331 от 11 ноября 2026 г. во вложении.
К оплате: 38 500 руб.
Срок оплаты: 14 дней (до 25.11.2026).

Спасибо!
Бухгалтерия Kestrel Works
""", attach=[("invoice-КВ-26-0331.pdf", FAKE_PDF)])
    save(L, "06_schet_bereza_bcc", m, kind="invoice_copy", invoice_numbers="КВ-26-0331",
         amount="38500.00", currency="RUB", issue_date="2026-11-11", due_date="2026-11-25",
         payment_terms_days=14, note="bot in Bcc only")

    m = build(DIMA, ("Бухгалтерия Уралкомплект", "buh@uralkomplekt.ru"),
              "Счёт КВ-26-0334 с учётом переплаты", D("2026-11-12 09:05", "+0500"),
              cc=[ARB], auth=da, mid=smid("ru07"),
              text="""Добрый день!

Направляю счёт КВ-26-0334 от 12.11.2026 за техподдержку (IV квартал).

Стоимость услуг: 240 000,00 руб. (в т.ч. НДС 40 000,00 руб.)
По акту сверки на 31.10.2026 за вами числится переплата 18 400,00 руб., мы её зачли.
Итого к оплате: 221 600,00 руб.

Оплата — 30 дней.

Дмитрий
""", attach=[("invoice-КВ-26-0334.pdf", FAKE_PDF)])
    save(L, "07_schet_pereplata_zachet", m, kind="invoice_copy", invoice_numbers="КВ-26-0334",
         amount="221600.00", currency="RUB", issue_date="2026-11-12", due_date="2026-12-12",
         payment_terms_days=30, note="HARD: overpayment offset; 240 000 vs 221 600 payable")

    m = build(DIMA, ("Контрактная служба Медицина Плюс", "zakupki@medplus-clinic.ru"),
              "Счёт № КВ-26-0337 (поэтапная оплата)", D("2026-11-13 15:30", "+0300"),
              cc=[ARB], auth=da, mid=smid("ru08"),
              text="""Добрый день!

Направляем счёт № КВ-26-0337 от 13.11.2026 на сумму 96 000,00 руб. (НДС не облагается) по договору № МП-09/26.

Порядок оплаты по договору:
 – 1 этап (40%, 38 400,00 руб.) — в течение 10 рабочих дней после подписания акта по этапу 1;
 – 2 этап (60%, 57 600,00 руб.) — после ввода системы в эксплуатацию.

Акт по этапу 1 направлен вам на подпись в ЭДО, пока не подписан.

С уважением,
Дмитрий Орлов
""", attach=[("invoice-КВ-26-0337.pdf", FAKE_PDF)])
    save(L, "08_schet_poetapno_neyasno", m, kind="invoice_copy", invoice_numbers="КВ-26-0337",
         amount="96000.00", currency="RUB", issue_date="2026-11-13", needs_human=True,
         note="HARD: staged payment tied to unsigned acceptance act; nothing clearly due yet; no due date")

    # ---------------- уведомления о прочтении ----------------
    rem = bmid("ru-0326-doshel")
    m = report(("Ладога Принт", "info@ladoga-print.ru"), ARB,
               "Уведомление о прочтении (показано) - Счёт КВ-26-0326 дошёл?", D("2026-11-12 10:02", "+0300"),
               "Это уведомление о прочтении сообщения, которое вы отправили info@ladoga-print.ru.\n\n"
               "Примечание: уведомление говорит лишь о том, что сообщение было показано на компьютере получателя. "
               "Нет гарантии, что получатель прочитал или понял его содержимое.\n",
               "disposition-notification",
               f"""Reporting-UA: ladoga-print.ru; Thunderbird 128.4.3
Final-Recipient: rfc822;info@ladoga-print.ru
Original-Message-ID: {rem}
Disposition: manual-action/MDN-sent-manually; displayed""",
               ("text/rfc822-headers", f"""From: Kestrel Works — дебиторская задолженность <{BOT}>
To: info@ladoga-print.ru
Subject: Счёт КВ-26-0326 дошёл?
Message-ID: {rem}
Date: Thu, 12 Nov 2026 09:00:00 +0300"""), auth=authres("info@ladoga-print.ru"), irt=rem)
    save(L, "09_mdn_ladoga", m, kind="read_receipt", invoice_numbers="КВ-26-0326",
         original_message_id=rem, note="Russian Thunderbird MDN; encoded subject in rfc822-headers")

    rem = bmid("ru-0334-napominanie")
    m = build(("Бухгалтерия Уралкомплект", "buh@uralkomplekt.ru"), ARB,
              "Прочитано: Напоминание: срок оплаты счёта КВ-26-0334 — 12.12.2026", D("2026-12-09 11:40", "+0500"),
              auth=authres("buh@uralkomplekt.ru"), irt=rem,
              text="""Ваше сообщение

  Кому: buh@uralkomplekt.ru
  Тема: Напоминание: срок оплаты счёта КВ-26-0334 — 12.12.2026
  Отправлено: 9 декабря 2026 г. 11:00:02 (UTC+05:00) Екатеринбург

было прочитано 9 декабря 2026 г. 11:40:15 (UTC+05:00) Екатеринбург.
""")
    save(L, "10_prochitano_outlook", m, kind="read_receipt", invoice_numbers="КВ-26-0334",
         original_message_id=rem, note="non-standard Outlook 'Прочитано:' text receipt, threaded by In-Reply-To")

    # ---------------- недоставка ----------------
    rem = bmid("ru-0321-doshel")
    m = report(("Yandex.Mail", "mailer-daemon@yandex.ru"), BOT,
               "Недоставленное сообщение", D("2026-11-09 12:00", "+0300"),
               """Это письмо создано автоматически сервером Яндекс.Почты.

Ваше письмо не доставлено одному или нескольким адресатам.

<anna.guseva.ip@yandex.ru>: такого адреса не существует.
Проверьте правильность написания адреса получателя.

---

This message was created automatically by mail delivery software.
Your message could not be delivered to one or more recipients:

<anna.guseva.ip@yandex.ru>: 550 5.7.1 No such user!
""", "delivery-status", f"""Reporting-MTA: dns; mail-nwsmtp-mxfront-production-main-38.sas.yp-c.yandex.net
X-Yandex-Queue-ID: 5C0F2A1E6A
Arrival-Date: Mon, 09 Nov 2026 12:00:00 +0300

Final-Recipient: rfc822; anna.guseva.ip@yandex.ru
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 No such user!""",
               ("text/rfc822-headers", f"""From: Kestrel Works — дебиторская задолженность <{BOT}>
To: anna.guseva.ip@yandex.ru
Subject: Счёт КВ-26-0321 дошёл?
Message-ID: {rem}
Date: Mon, 09 Nov 2026 11:59:58 +0300"""), mailfrom="", auth=authres("mailer-daemon@yandex.ru", hdr_domain="yandex.ru"))
    save(L, "11_yandex_net_adresa", m, kind="bounce", invoice_numbers="КВ-26-0321",
         failed_recipients="anna.guseva.ip@yandex.ru", bounce_permanent=True, original_message_id=rem,
         bounce_reason="user_unknown", note="Yandex bilingual DSN; status 5.7.1 although meaning is user unknown")

    rem = bmid("ru-0309-prosrochen")
    m = build(("Mail Delivery System", "mailer-daemon@corp.mail.ru"), BOT,
              "Mail delivery failed: returning message to sender", D("2026-11-24 10:07", "+0300"),
              mailfrom="", auth=authres("mailer-daemon@corp.mail.ru", hdr_domain="corp.mail.ru"),
              text=f"""Это письмо отправлено почтовым сервером Mail.ru.

Не удалось доставить ваше письмо получателю ahmedov.r@mail.ru:
почтовый ящик получателя переполнен (Mailbox is full / quota exceeded).

Письмо будет возвращено отправителю. Попробуйте отправить его позже или свяжитесь с получателем другим способом.

SMTP error from remote mail server after end of data:
552 5.2.2 Message rejected: mailbox is full

------ This is a copy of the message's headers. ------

From: =?utf-8?b?S2VzdHJlbCBXb3JrcyDigJQg0LTQtdCx0LjRgtC+0YDRgdC60LDRjyDQt9Cw0LTQvtC70LbQtdC90L3QvtGB0YLRjA==?= <{BOT}>
To: ahmedov.r@mail.ru
Subject: =?utf-8?b?0KHRh9GR0YIg0JrQki0yNi0wMzA5INC/0YDQvtGB0YDQvtGH0LXQvQ==?=
Message-ID: {rem}
Date: Tue, 24 Nov 2026 10:06:58 +0300
""")
    save(L, "12_mailru_yashchik_perepolnen", m, kind="bounce", invoice_numbers="КВ-26-0309",
         failed_recipients="ahmedov.r@mail.ru", bounce_permanent=True, original_message_id=rem,
         bounce_reason="mailbox_full",
         note="prose-only Russian bounce; 'try later' but returned; invoice number only inside encoded subject of copied headers")

    rem = bmid("ru-0337-voprosy")
    m = report(("Mail Delivery System", "Mailer-Daemon@mx1.medplus-clinic.ru"), BOT,
               "Mail delivery failed: returning message to sender", D("2026-11-27 13:15", "+0300"),
               """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  zakupki@medplus-clinic.ru
    host mx1.medplus-clinic.ru [198.51.100.140]
    SMTP error from remote mail server after end of data:
    550 Rejected: message looks like SPAM (score 8.4, required 5.0)
""", "delivery-status", f"""Reporting-MTA: dns; mx1.medplus-clinic.ru

Action: failed
Final-Recipient: rfc822;zakupki@medplus-clinic.ru
Status: 5.0.0
Remote-MTA: dns; mx1.medplus-clinic.ru
Diagnostic-Code: smtp; 550 Rejected: message looks like SPAM (score 8.4, required 5.0)""",
               ("text/rfc822-headers", f"""From: Kestrel Works — дебиторская задолженность <{BOT}>
To: zakupki@medplus-clinic.ru
Subject: Счёт КВ-26-0337: есть ли вопросы?
Message-ID: {rem}
Date: Fri, 27 Nov 2026 13:14:40 +0300"""), mailfrom="", auth=authres("Mailer-Daemon@mx1.medplus-clinic.ru", hdr_domain="medplus-clinic.ru"))
    save(L, "13_exim_spam", m, kind="bounce", invoice_numbers="КВ-26-0337",
         failed_recipients="zakupki@medplus-clinic.ru", bounce_permanent=True, original_message_id=rem,
         bounce_reason="spam", note="Exim DSN; spam score rejection; Status 5.0.0")

    rem = bmid("ru-0324-prosrochen")
    m = build(("Почтовая система АО «Техснаб»", "postmaster@tehsnab.ru"), BOT,
              "Сообщение не доставлено", D("2026-11-17 09:31", "+0300"),
              mailfrom="", auth=authres("postmaster@tehsnab.ru"),
              text=f"""Уважаемый отправитель!

Ваше сообщение «Счёт КВ-26-0324 просрочен» от 17.11.2026 09:30 для получателя i.kuznetsov@tehsnab.ru
отклонено в соответствии с политикой информационной безопасности АО «Техснаб»:
внешние адреса, не включённые в белый список, не могут отправлять письма сотрудникам.

Код ответа: 550 5.7.1 Sender not in whitelist

Для добавления адреса в белый список обратитесь в ИТ-службу: it@tehsnab.ru

Исходный Message-ID: {rem}
""")
    save(L, "14_tehsnab_politika", m, kind="bounce", invoice_numbers="КВ-26-0324",
         failed_recipients="i.kuznetsov@tehsnab.ru", bounce_permanent=True, original_message_id=rem,
         bounce_reason="policy", needs_human=True,
         note="prose-only corporate policy rejection (whitelist); recipient only in prose; asks to contact IT")

    rem = bmid("ru-0302-prosrochen")
    m = report(("Mail Delivery System", "Mailer-Daemon@out1." + DOM), BOT,
               "Mail delivery failed: returning message to sender", D("2026-11-26 08:00", "+0300"),
               """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  office@vektor-m.ru
    retry timeout exceeded
""", "delivery-status", f"""Reporting-MTA: dns; out1.kestrelworks.io

Action: failed
Final-Recipient: rfc822;office@vektor-m.ru
Status: 5.0.0
Diagnostic-Code: X-Exim; retry timeout exceeded (host mx.vektor-m.ru [198.51.100.9]: Connection refused)""",
               ("text/rfc822-headers", f"""From: Kestrel Works — дебиторская задолженность <{BOT}>
To: office@vektor-m.ru
Subject: Счёт КВ-26-0302 просрочен
Message-ID: {rem}
Date: Thu, 19 Nov 2026 08:00:00 +0300"""), mailfrom="", received_from="out1." + DOM)
    save(L, "15_exim_retry_timeout", m, kind="bounce", invoice_numbers="КВ-26-0302",
         failed_recipients="office@vektor-m.ru", bounce_permanent=True, original_message_id=rem,
         bounce_reason="other", note="retry timeout after a week; original sent 19 Nov")

    # ---------------- автоответы ----------------
    rem = bmid("ru-0317-prosrochen")
    m = build(("Ольга Петрова", "buh@severveter.ru"), ARB,
              "Автоматический ответ: Счёт КВ-26-0317 просрочен", D("2026-11-23 09:00", "+0300"),
              auth=authres("buh@severveter.ru"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
              text="""Добрый день!

Я в отпуске с 23 ноября по 11 декабря, выйду на работу в понедельник, 14 декабря. По срочным вопросам оплаты обращайтесь к главному бухгалтеру Светлане Игоревне: glavbuh@severveter.ru.

С уважением,
Ольга Петрова
""")
    save(L, "16_otpusk", m, kind="auto_reply", return_date="2026-12-14", invoice_numbers="КВ-26-0317",
         note="range plus explicit return date; alternate contact")

    rem = bmid("ru-0305-prosrochen")
    m = build(("Anadolu Tekstil Muhasebe", "muhasebe@anadolu-tekstil.com.tr"), ARB,
              "Otomatik yanıt: Счёт КВ-26-0305 просрочен", D("2026-11-25 09:14", "+0300"),
              auth=authres("muhasebe@anadolu-tekstil.com.tr"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied")],
              text="""Merhaba,

E-postanız için teşekkür ederim. 4 Aralık 2026 tarihine kadar izindeyim ve e-postalarıma erişimim sınırlı olacak. 7 Aralık Pazartesi günü ofiste olacağım.

Acil durumlarda lütfen finans@anadolu-tekstil.com.tr adresine yazınız.

Saygılarımla,
Elif Yıldız
""")
    save(L, "17_ooo_turkish", m, kind="auto_reply", language="tr", return_date="2026-12-07",
         invoice_numbers="КВ-26-0305", note="Turkish OOO in Russian set")

    rem = bmid("ru-0308-prosrochen")
    m = build(("杭州莲花贸易 财务部", "finance@hz-lianhua.cn"), ARB,
              "自动回复: Счёт КВ-26-0308 просрочен", D("2026-11-26 10:00", "+0800"),
              auth=authres("finance@hz-lianhua.cn"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Foxmail 7.2")],
              text="""您好！

您的邮件已收到。本人于2026年11月26日至12月6日出差，期间无法及时回复邮件，12月7日回到办公室后会尽快处理。
如有紧急付款事宜，请联系 王先生 wang.lei@hz-lianhua.cn。

谢谢！
李娜
财务部
""")
    save(L, "18_ooo_chinese", m, kind="auto_reply", language="zh", return_date="2026-12-07",
         invoice_numbers="КВ-26-0308", note="Chinese OOO; dates in 年月日 format; UTF-8 display name")

    rem = bmid("ru-0337-prosrochen")
    m = build(("Медицина Плюс", "zakupki@medplus-clinic.ru"), ARB,
              "Ваше обращение зарегистрировано", D("2026-12-03 09:00", "+0300"),
              auth=authres("zakupki@medplus-clinic.ru"), irt=rem,
              text="""Здравствуйте!

Ваше письмо получено и зарегистрировано в системе электронного документооборота под номером ВХ-2026/4417 от 03.12.2026.
Срок рассмотрения обращений — до 10 рабочих дней.

Это письмо сформировано автоматически, отвечать на него не нужно.

ООО «Медицина Плюс», контрактная служба
""")
    save(L, "19_avto_registraciya_bez_zagolovkov", m, kind="auto_reply", invoice_numbers="КВ-26-0337",
         note="automatic registration ack without any auto headers; a 10-working-day period that is not a return date")

    rem = bmid("ru-0313-prosrochen")
    m = build(("Пекарня Калач", "kalach.buh@gmail.com"), ARB,
              "Re: Счёт КВ-26-0313 просрочен", D("2026-11-30 08:01", "+0300"),
              auth=authres("kalach.buh@gmail.com", hdr_domain="gmail.com"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied")],
              text="""Здравствуйте! Я на больничном, на письма отвечу после выздоровления. Спасибо за понимание.
Марина
""")
    save(L, "20_bolnichniy_bez_daty", m, kind="auto_reply", invoice_numbers="КВ-26-0313",
         note="sick leave auto-reply without any return date; gmail address")

    # ---------------- challenge ----------------
    rem = bmid("ru-0295-prosrochen")
    m = build(("Антиспам Кварц", "antispam@kvarts-opt.ru"), ARB,
              "Подтвердите отправку письма", D("2026-11-20 11:11", "+0300"),
              auth=authres("antispam@kvarts-opt.ru"), irt=rem,
              extra=[("Auto-Submitted", "auto-replied")],
              text=f"""Здравствуйте!

Вы отправили письмо на адрес info@kvarts-opt.ru. Для защиты от спама письма от новых отправителей доставляются только после подтверждения.

Чтобы подтвердить, что вы — реальный отправитель, а не робот, перейдите по ссылке:
https://kvarts-opt.ru/antispam/confirm?k=55f0e1&s={BOT}

или просто ответьте на это письмо, не изменяя тему.

Тема вашего письма: «Счёт КВ-26-0295 просрочен»
""")
    save(L, "21_challenge_antispam", m, kind="challenge", challenge=True, invoice_numbers="КВ-26-0295",
         original_message_id=rem, note="Russian challenge-response")

    m = build(("Почтовый фильтр", "noreply@mailfilter-pro.ru"), BOT,
              "Ваше письмо задержано: требуется подтверждение", D("2026-11-21 15:40", "+0300"),
              auth=authres("noreply@mailfilter-pro.ru"),
              extra=[("Auto-Submitted", "auto-generated")],
              text="""Уважаемый отправитель!

Ваше письмо получателю sib@stroyinvest-nsk.ru задержано фильтром.
Введите код с картинки на странице https://mailfilter-pro.ru/captcha/8812 — после этого письмо будет доставлено, а ваш адрес добавлен в список доверенных.

Тема: Счёт КВ-26-0306 просрочен

Служба MailFilter Pro
""")
    save(L, "22_challenge_captcha", m, kind="challenge", challenge=True, invoice_numbers="КВ-26-0306",
         note="captcha challenge from a filtering service, not threaded")

    # ---------------- платежи ----------------
    m = build(("Банк Восток", "uvedomlenie@bank-vostok.ru"), BOT,
              "Зачисление на счёт 40702810900000012345", D("2026-11-16 10:22", "+0300"),
              auth=authres("uvedomlenie@bank-vostok.ru"),
              text="""Уважаемый клиент!

На ваш расчётный счёт 40702810900000012345 зачислены денежные средства.

Дата операции: 16.11.2026
Сумма: 186 000,00 RUB
Плательщик: ООО "СЕВЕРНЫЙ ВЕТЕР", ИНН 7801234567
Назначение платежа: Оплата по счету КВ-26-0317 от 02.11.2026 за доработку ЛК. В т.ч. НДС (20%) 31000-00

Остаток на счёте: 2 318 442,17 RUB

АО «Банк Восток». Это автоматическое уведомление.
""")
    save(L, "23_zachislenie_polnoe", m, kind="payment_confirmation", invoice_numbers="КВ-26-0317",
         amount="186000.00", currency="RUB", payment_date="2026-11-16", payment_full=True,
         allocations="КВ-26-0317=186000.00", note="VAT amount in '31000-00' bank style; balance distractor")

    m = build(("Касса Волна", "noreply@kassa-volna.ru"), BOT,
              "Оплата по ссылке получена: 45 000,00 ₽", D("2026-11-19 20:45", "+0300"),
              auth=authres("noreply@kassa-volna.ru"),
              text="""Поступила оплата

Сумма: 45 000,00 ₽
Комиссия: 1 125,00 ₽
К зачислению: 43 875,00 ₽
Плательщик: Гусева Анна Сергеевна (guseva.ip@yandex.ru)
Назначение: Счёт КВ-26-0321
Способ оплаты: СБП
Дата: 19.11.2026 20:44

Средства поступят на расчётный счёт в течение 1 рабочего дня.
""", html="""<html><body><h3>Поступила оплата</h3><p>Сумма: <b>45&nbsp;000,00&nbsp;₽</b><br>Комиссия: 1&nbsp;125,00&nbsp;₽<br>Назначение: Счёт КВ-26-0321<br>Дата: 19.11.2026</p></body></html>""")
    save(L, "24_kassa_sbp", m, kind="payment_confirmation", invoice_numbers="КВ-26-0321",
         amount="45000.00", currency="RUB", payment_date="2026-11-19", payment_full=True,
         allocations="КВ-26-0321=45000.00", note="PSP with fee and net amount")

    m = build(("Банк Восток", "uvedomlenie@bank-vostok.ru"), BOT,
              "Зачисление на счёт 40702810900000012345", D("2026-11-25 11:05", "+0300"),
              auth=authres("uvedomlenie@bank-vostok.ru"),
              text="""Уважаемый клиент!

На ваш расчётный счёт зачислены денежные средства.

Дата операции: 25.11.2026
Сумма: 500 000,00 RUB
Плательщик: АО "ТЕХСНАБ"
Назначение платежа: Частичная оплата аванса по сч. КВ-26-0324 от 05.11.2026 по дог. 14/26. В т.ч. НДС 83333-33

АО «Банк Восток»
""")
    save(L, "25_zachislenie_chastichnoe", m, kind="payment_confirmation", invoice_numbers="КВ-26-0324",
         amount="500000.00", currency="RUB", payment_date="2026-11-25", payment_full=False,
         allocations="КВ-26-0324=500000.00", note="partial of 1 248 000")

    m = build(("Банк Восток", "uvedomlenie@bank-vostok.ru"), BOT,
              "Зачисление на счёт 40702810900000012345", D("2026-12-03 10:40", "+0300"),
              auth=authres("uvedomlenie@bank-vostok.ru"),
              text="""Уважаемый клиент!

На ваш расчётный счёт зачислены денежные средства.

Дата операции: 03.12.2026
Сумма: 91 500,00 RUB
Плательщик: ООО "ЛАДОГА ПРИНТ"
Назначение платежа: Оплата по счетам № КВ-26-0326 от 09.11.2026, № КВ-26-0298 от 14.10.2026. В т.ч. НДС 15250-00

АО «Банк Восток»
""")
    save(L, "26_zachislenie_dva_scheta", m, kind="payment_confirmation", invoice_numbers="КВ-26-0326;КВ-26-0298",
         amount="91500.00", currency="RUB", payment_date="2026-12-03", payment_full=True,
         allocations="КВ-26-0326=72600.00;КВ-26-0298=18900.00",
         note="HARD: two invoices, split not stated; allocation follows invoice amounts 72 600 + 18 900")

    m = build(("Банк Восток", "uvedomlenie@bank-vostok.ru"), BOT,
              "Incoming SWIFT credit / Входящий валютный платёж", D("2026-12-04 15:10", "+0300"),
              auth=authres("uvedomlenie@bank-vostok.ru"),
              text="""Уважаемый клиент!

На ваш текущий валютный счёт (KZT) зачислены средства.

Value date / Дата валютирования: 04.12.2026
Amount / Сумма: KZT 3,450,000.00
Ordering customer / Плательщик: ALTYN ZHOL LLP, ALMATY
Details of payment / Назначение: PAYMENT FOR INVOICE KV-26-0329 DD 10.11.2026

АО «Банк Восток»
""")
    save(L, "27_swift_kzt_translit", m, kind="payment_confirmation", invoice_numbers="КВ-26-0329",
         amount="3450000", currency="KZT", payment_date="2026-12-04", payment_full=True,
         allocations="КВ-26-0329=3450000",
         note="HARD: SWIFT reference transliterated 'KV-26-0329' (Latin) for Cyrillic КВ-26-0329; English number format")

    m = build(("Банк Восток", "uvedomlenie@bank-vostok.ru"), BOT,
              "Зачисление на счёт 40702810900000012345", D("2026-11-29 03:33", "+0300"),
              auth=authres("notice@bank-vost0k.ru", hdr_domain="bank-vostok.ru", dkim="fail", spf="pass", dmarc="fail"),
              mailfrom="notice@bank-vost0k.ru", received_from="mail.bank-vost0k.ru",
              text="""Уважаемый клиент!

На ваш расчётный счёт зачислены денежные средства.

Дата операции: 29.11.2026
Сумма: 1 248 000,00 RUB
Плательщик: АО "ТЕХСНАБ"
Назначение платежа: Оплата аванса по сч. КВ-26-0324

Для подтверждения операции войдите в интернет-банк: https://bank-vost0k.ru/login
""")
    save(L, "28_podddelka_bank", m, kind="other", invoice_numbers="КВ-26-0324", amount="1248000.00",
         currency="RUB", needs_human=True,
         note="forged bank notice: SPF passes only for lookalike bank-vost0k.ru, DKIM/DMARC fail for bank-vostok.ru")

    # ---------------- ответы клиентов ----------------
    rem = bmid("ru-0331-prosrochen")
    m = build(("Студия «Берёза»", "finance@bereza-studio.ru"), ARB,
              "Re: Счёт КВ-26-0331 просрочен", D("2026-11-27 12:30", "+0300"),
              auth=authres("finance@bereza-studio.ru"), irt=rem,
              text="""Добрый день! Оплатили вчера, платёжку прикладываю. Извините за задержку.

--
Екатерина, администратор студии

27.11.2026, 09:00, "Kestrel Works — дебиторская задолженность" <ar@kestrelworks.io>:
""" + q(napominanie("КВ-26-0331", "38 500 руб.", "25.11.2026")),
              attach=[("platezhka_1184.pdf", FAKE_PDF)])
    save(L, "29_otvet_oplatili", m, kind="client_reply", intent="paid", invoice_numbers="КВ-26-0331",
         note="'оплатили вчера' relative date; payment order attached")

    rem = bmid("ru-0334-napominanie2")
    m = build(("Бухгалтерия Уралкомплект", "buh@uralkomplekt.ru"), ARB,
              "Re: Напоминание: срок оплаты счёта КВ-26-0334 — 12.12.2026", D("2026-12-09 12:10", "+0500"),
              auth=authres("buh@uralkomplekt.ru"), irt=rem,
              text="""Здравствуйте.
Счёт принят к оплате, оплату произведём до 18 декабря — у нас платёжный день по пятницам.
Светлана
""")
    save(L, "30_otvet_obeshchanie", m, kind="client_reply", intent="promise", promised_date="2026-12-18",
         invoice_numbers="КВ-26-0334", note="promise 'до 18 декабря' (a Friday)")

    rem = bmid("ru-0302-prosrochen2")
    m = build(("ООО Вектор-М", "office@vektor-m.ru"), ARB,
              "RE: Счёт КВ-26-0302 просрочен", D("2026-12-02 17:50", "+0300"),
              auth=authres("office@vektor-m.ru"), irt=rem,
              text="""Добрый вечер.

В эту пятницу не получится — директор в командировке, без его подписи платёжку не отправим. Оплатим 15-го, как только вернётся.

С ув., Роман
""")
    save(L, "31_otvet_ne_pyatnica_a_15", m, kind="client_reply", intent="promise", promised_date="2026-12-15",
         invoice_numbers="КВ-26-0302", note="HARD: negated Friday then '15-го' (day only)")

    rem = bmid("ru-0337-prosrochen2")
    m = build(("Контрактная служба Медицина Плюс", "zakupki@medplus-clinic.ru"), ARB,
              "Ответ на: Счёт КВ-26-0337 просрочен", D("2026-12-04 14:20", "+0300"),
              auth=authres("zakupki@medplus-clinic.ru"), irt=rem,
              text="""Уважаемые коллеги!

Считаем требование об оплате по счёту № КВ-26-0337 необоснованным. Акт по этапу 1 нами не подписан, так как работы выполнены не в полном объёме (не реализована интеграция с МИС, см. замечания от 20.11.2026). В соответствии с п. 3.2 договора срок оплаты не наступил.

Просим устранить замечания и повторно направить акт.

Начальник контрактной службы
Н. В. Соколова
""")
    save(L, "32_otvet_pretenziya", m, kind="client_reply", intent="dispute", invoice_numbers="КВ-26-0337",
         needs_human=True, note="formal dispute; contract clause; dates that are not promises")

    rem = bmid("ru-0309-prosrochen2")
    m = build(("Руслан Ахмедов", "ahmedov.r@mail.ru"), ARB,
              "Re: Счёт КВ-26-0309 просрочен", D("2026-11-30 21:12", "+0300"),
              auth=authres("ahmedov.r@mail.ru", hdr_domain="mail.ru"), irt=rem,
              text="""здравствуйте а какой счет? я никакого счета не получал. скиньте еще раз пожалуйста на почту или в ватсап

Отправлено из Почты Mail.ru для Android
""")
    save(L, "33_otvet_ne_poluchal", m, kind="client_reply", intent="not_received", invoice_numbers="КВ-26-0309",
         note="informal, no punctuation; mobile signature")

    rem = bmid("ru-0295-prosrochen2")
    m = build(("ООО «Кварц»", "info@kvarts-opt.ru"), ARB,
              "Re: Счёт КВ-26-0295 просрочен", D("2026-11-24 13:00", "+0300"),
              auth=authres("info@kvarts-opt.ru"), irt=rem,
              text="""Прошу больше не присылать на этот адрес никаких писем. Все вопросы — через нашего юриста, контакты у вашего менеджера есть.
""")
    save(L, "34_otvet_ne_pisat", m, kind="client_reply", intent="stop", invoice_numbers="КВ-26-0295",
         needs_human=True, note="stop + lawyer mention")

    rem = bmid("ru-0313-prosrochen2")
    m = build(("Пекарня Калач", "kalach.buh@gmail.com"), ARB,
              "Re: Счёт КВ-26-0313 просрочен", D("2026-12-03 10:20", "+0300"),
              auth=authres("kalach.buh@gmail.com", hdr_domain="gmail.com"), irt=rem,
              text="""Добрый день.
Сейчас с деньгами тяжело после ремонта цеха. Можно ли разбить сумму 64 000 на два платежа — половину в декабре и половину в январе? Если нужно, подпишем допсоглашение или график.
Марина, бухгалтер
""")
    save(L, "35_otvet_rassrochka", m, kind="client_reply", intent="plan_request", invoice_numbers="КВ-26-0313",
         amount="64000.00", currency="RUB", needs_human=True, note="plan request with rough months, no exact dates")

    rem = bmid("ru-0324-prosrochen2")
    m = build(("Оплата Техснаб", "oplata@tehsnab.ru"), ARB,
              "RE: Счёт КВ-26-0324 просрочен", D("2026-11-27 10:05", "+0300"),
              auth=authres("oplata@tehsnab.ru"), irt=rem,
              text="""Добрый день!

Пришлите, пожалуйста, акт сверки на 30.11 и подтвердите реквизиты: у нас в карточке контрагента указан другой банк (ПАО «Сбербанк»). Пока реквизиты не подтверждены, служба безопасности остаток не пропустит.

Бухгалтер Васильева Т.
""")
    save(L, "36_otvet_vopros_rekvizity", m, kind="client_reply", intent="question", invoice_numbers="КВ-26-0324",
         needs_human=True, note="question on bank details + reconciliation; 'остаток не пропустит' is not a promise")

    rem = bmid("ru-0326-napominanie")
    m = build(("Ладога Принт", "info@ladoga-print.ru"), ARB,
              "Re: Напоминание: срок оплаты счёта КВ-26-0326 — 09.12.2026", D("2026-12-01 11:00", "+0300"),
              auth=authres("info@ladoga-print.ru"), irt=rem,
              text="""Спасибо, передала в бухгалтерию.

01.12.2026 10:00, Kestrel Works пишет:
> Добрый день!
> Напоминаем, что 09.12.2026 наступает срок оплаты счёта КВ-26-0326 на сумму 72 600,00 ₽.
> Если вы уже оплатили — спасибо, письмо можно не читать.
> Оплата принята? Мы обязательно пришлём подтверждение.
""")
    save(L, "37_otvet_peredala_citata", m, kind="client_reply", intent="other", invoice_numbers="КВ-26-0326",
         note="HARD: own text only 'forwarded to accounting'; quoted reminder talks about having paid")

    rem = bmid("ru-0306-prosrochen")
    m = build(("Стройинвест Новосибирск", "sib@stroyinvest-nsk.ru"), ARB,
              "Re: Счёт КВ-26-0306 просрочен", D("2026-12-04 09:40", "+0700"),
              auth=authres("sib@stroyinvest-nsk.ru"), irt=rem,
              text="""Добрый день.

Обещать оплату до конца года, к сожалению, не можем: заказчик задерживает нам расчёты по объекту. Как только деньги поступят, сразу рассчитаемся. Просим отнестись с пониманием.

Андрей Михайлович
""")
    save(L, "38_otvet_ne_obeshchaem", m, kind="client_reply", intent="other", invoice_numbers="КВ-26-0306",
         needs_human=True, note="HARD: negated promise ('обещать не можем'), conditional payment, no date")

    rem = bmid("ru-0317-prosrochen2")
    m = build(("Светлана Игоревна (гл. бухгалтер)", "glavbuh@severveter.ru"), ARB,
              "Re: Счёт КВ-26-0317 просрочен", D("2026-11-23 15:25", "+0300"),
              auth=authres("glavbuh@severveter.ru"), irt=rem, cc=[("Ольга Петрова", "buh@severveter.ru")],
              text="""Добрый день!

Счёт КВ-26-0317 оплачен 16.11.2026 платёжным поручением № 2231 на сумму 186 000,00 руб. Видимо, ваше напоминание разминулось с платежом.

Главный бухгалтер ООО «Северный Ветер»
С. И. Лаврова
""")
    save(L, "39_otvet_oplacheno_p_p", m, kind="client_reply", intent="paid", invoice_numbers="КВ-26-0317",
         amount="186000.00", currency="RUB",
         note="paid claim from a colleague address not in contacts (threaded reply); payment order number")

    rem = bmid("ru-0311-prosrochen")
    m = build(("Timur Saidov", "saidov.t@inbox.ru"), ARB,
              "Re: Schet KV-26-0311", D("2026-12-02 19:05", "+0300"),
              auth=authres("saidov.t@inbox.ru", hdr_domain="inbox.ru"), irt=rem,
              text="""Dobryi den! Izvinite za zaderzhku, byl v otpuske. Oplatu proizvedu 8 dekabrya, tochno.
Timur
""")
    save(L, "40_otvet_translit", m, kind="client_reply", intent="promise", promised_date="2026-12-08",
         invoice_numbers="КВ-26-0311", note="HARD: Russian in Latin transliteration; invoice number in Latin in subject")

    # ---------------- команды сотрудников ----------------
    m = build(DIMA, ARB, "ахмедов", D("2026-12-02 16:00", "+0300"), auth=da,
              text="""paid КВ-26-0309 27500 2026-12-02
resume Ахмедов

Ахмедов заплатил наличными в офисе, чек пробили.
""")
    save(L, "41_komanda_paid_resume", m, kind="staff_command", invoice_numbers="КВ-26-0309", amount="27500.00",
         currency="RUB", payment_date="2026-12-02", note="Cyrillic invoice number and debtor name in commands; Russian free text")

    m = build(BUH, ARB, "Калач", D("2026-12-03 12:00", "+0300"), auth=authres(BUH[1]),
              text="""pause Калач 14d
note Калач просят рассрочку на 2 платежа, ждём решения директора
""")
    save(L, "42_komanda_pause_note", m, kind="staff_command", invoice_numbers="",
         note="pause + note by debtor name only (invoice КВ-26-0313)")

    m = build(DIMA, ARB, "Техснаб оплатил", D("2026-11-30 02:10", "+0300"),
              auth=authres("d.orlov.kw@gmail.com", hdr_domain="gmail.com", dmarc="fail").replace(
                  "dmarc=fail header.from=gmail.com", "dmarc=fail header.from=kestrelworks.io"),
              mailfrom="d.orlov.kw@gmail.com", received_from="mail-sor-f41.google.com",
              text="""paid КВ-26-0324 1248000 2026-11-30
resume Техснаб
""")
    save(L, "43_komanda_poddelka", m, kind="other", invoice_numbers="КВ-26-0324", amount="1248000.00",
         currency="RUB", needs_human=True,
         note="From staff but DKIM/SPF only for gmail.com; DMARC for kestrelworks.io fails")

    # ---------------- прочее ----------------
    m = build(("Контур.Школа", "news@kontur-school-news.ru"), BOT,
              "Вебинар: как вернуть дебиторскую задолженность без суда", D("2026-11-18 10:00", "+0300"),
              auth=authres("news@kontur-school-news.ru"),
              extra=[("List-Unsubscribe", "<https://kontur-school-news.ru/unsub?u=ar>"), ("Precedence", "bulk")],
              text="""Здравствуйте!

3 декабря в 11:00 (МСК) — бесплатный вебинар «Просроченная дебиторка: претензия, рассрочка, оплата».
Расскажем, как напоминать об оплате счетов, не портя отношения с клиентами.

Зарегистрироваться: https://kontur-school-news.ru/webinar/1203

Вы получили это письмо, потому что подписаны на рассылку. Отписаться можно по ссылке в конце письма.
""")
    save(L, "44_rassylka", m, kind="other", note="newsletter with payment vocabulary and a date")

    m = build(("ФНС России", "uvedomlenie@nalog-gov-rf.com"), BOT,
              "Требование об уплате задолженности № 2026-11-8841", D("2026-11-22 06:40", "+0300"),
              auth=authres("uvedomlenie@nalog-gov-rf.com", dkim="none", spf="softfail", dmarc="none"),
              text="""Уважаемый налогоплательщик!

По данным ФНС за вашей организацией числится задолженность. Ознакомьтесь с требованием во вложении (пароль к архиву: 2026).
В случае неуплаты в течение 3 дней операции по счетам будут приостановлены.
""", attach=[("trebovanie_2026-11-8841.rar", b"Rar!\x1a\x07\x00dummy", "application", "x-rar-compressed")])
    save(L, "45_fishing_fns", m, kind="other", note="phishing impersonating tax office with password-protected archive")

"""ru desk: ООО «Кестрел Гидрография», Мурманск. Dates in Date headers: +0300 (MSK)."""
from data.common import BOT, DESKS

W = DESKS["ru"]
OLGA, DENIS = W["staff"]
BANK, PSP = W["bank"], W["psp"]
MES = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
       "декабря"]


def cl(k):
    company, person, ap = W["clients"][k]
    return (person, ap)


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


def fmt_attrib_date(d):
    return d.strftime("%d.%m.%Y %H:%M")


ATTRIB = "{date}, {frm} пишет:"


def join_invs(invs):
    return " и № ".join(invs)


RSUBJ = {
    "arrived": "Счёт № {inv}: получили ли вы его?",
    "before": "Счёт № {inv}: срок оплаты {due}",
    "overdue": "Напоминание об оплате счёта № {inv}",
    "multi": "Неоплаченные счета № {inv}",
}
_PAY = ("Реквизиты для оплаты:\n  Сумма: {amount}\n  Назначение платежа: оплата по счёту № {inv}\n"
        "  Банк Полярный, {iban}\n")
RBODY = {
    "arrived": "Здравствуйте, {person}!\n\nНадеемся, у вас всё хорошо.\n\nНедавно мы направили вам счёт № {inv} на сумму "
               "{amount} со сроком оплаты до {due}. Подтвердите, пожалуйста, что счёт получен и передан на согласование.\n\n"
               + _PAY,
    "before": "Здравствуйте, {person}!\n\nНадеемся, дела идут успешно.\n\nНапоминаем, что срок оплаты счёта № {inv} на "
              "сумму {amount} наступает {due}.\n\n" + _PAY,
    "overdue": "Здравствуйте, {person}!\n\nНадеемся, у вас всё хорошо и дела идут успешно.\n\nПо нашим данным, счёт № {inv} "
               "на сумму {amount} подлежал оплате до {due} и пока не оплачен. Если вы уже произвели оплату, пожалуйста, "
               "не обращайте внимания на это письмо, и спасибо!\n\n" + _PAY +
               "\nЕсли что-то мешает оплате, просто ответьте на это письмо, и мы вместе найдём решение.\n",
    "multi": "Здравствуйте, {person}!\n\nПо нашим данным, счета № {inv} на общую сумму {amount} подлежали оплате до {due} "
             "и пока не оплачены. Если оплата уже произведена, пожалуйста, не обращайте внимания на это письмо.\n\n" + _PAY,
}
RSIG = "\nС уважением,\n\nОтдел расчётов с покупателями\nООО Кестрел Гидрография\nar@kestrel-bathymetry.com, +7 8152 55-01-70\n"

SIG_O = ("\n\n--\nС уважением,\nОльга Воронцова\nглавный бухгалтер\nООО \"Кестрел Гидрография\"\n183038, г. Мурманск, "
         "ул. Шмидта, д. 31\nтел. +7 (8152) 55-01-71\n")
SIG_D = ("\n\n--\nДенис Шубин\nменеджер проектов\nООО \"Кестрел Гидрография\"\nмоб. +7 921 555-41-08\n")
DISCL = ("\n\nКонфиденциальность: данное сообщение и любые приложения к нему предназначены только для указанного "
         "получателя. Если вы получили его по ошибке, сообщите отправителю и удалите сообщение.\n")

SCHET_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Arial;font-size:10pt">
<p>Добрый день, Сергей Викторович!</p>
<p>Направляем счёт на оплату работ по договору № 112-ГП/2026 (промер глубин подходного канала, этап 3).</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td colspan="5"><b>Счёт на оплату № 1187 от 5 ноября 2026 г.</b></td></tr>
<tr><td>Поставщик:</td><td colspan="4">ООО «Кестрел Гидрография», ИНН 5190087123, КПП 519001001</td></tr>
<tr><td>Покупатель:</td><td colspan="4">ООО «Беломорская дноуглубительная компания», ИНН 2901233417</td></tr>
<tr><th>№</th><th>Наименование работ</th><th>Кол-во</th><th>Цена</th><th>Сумма</th></tr>
<tr><td>1</td><td>Промер глубин подходного канала, этап 3</td><td>1 усл.</td><td>3 200 000,00</td><td>3 200 000,00</td></tr>
<tr><td colspan="4" align="right">Итого без НДС:</td><td>3 200 000,00</td></tr>
<tr><td colspan="4" align="right">НДС 22%:</td><td>704 000,00</td></tr>
<tr><td colspan="4" align="right"><b>Всего к оплате:</b></td><td><b>3 904 000,00</b></td></tr>
</table>
<p>Всего наименований 1, на сумму 3 904 000,00 руб.<br>
<i>Три миллиона девятьсот четыре тысячи рублей 00 копеек</i></p>
<p>Оплатить не позднее 07.12.2026. Стоимость работ по договору в целом — 11 712 000,00 руб.</p>
<p>С уважением,<br>Ольга Воронцова, главный бухгалтер</p>
</body></html>
"""


def cases():
    return [
        # ------------------------------------------------------------ invoice copies
        dict(slug="schet_html_1251", kind="invoice_copy", frm=OLGA, to=[cl("bdk")], cc=[BOT], date="2026-11-05 11:20",
             cs="windows-1251", cte="quoted-printable", subject="Счёт № 1187 от 05.11.2026", html=SCHET_HTML,
             label=dict(invoice_numbers="1187", amount="3904000.00", currency="RUB", issue_date="2026-11-05",
                        due_date="2026-12-07",
                        note="1C-style HTML invoice in windows-1251: net, VAT, amount in words and whole-contract value compete; number is digits only.")),
        dict(slug="upd_xml_1251", kind="invoice_copy", frm=DENIS, to=[cl("sevkab")], cc=[OLGA, BOT],
             date="2026-11-16 15:05", subject="УПД № 1189 от 16.11.2026",
             body="Наталья, добрый день!\n\nНаправляю УПД № 1189 от 16.11.2026 за изыскания по трассе кабеля (xml для "
                  "загрузки в 1С во вложении, оригиналы отправим через ЭДО). Оплата по договору: в течение 10 банковских "
                  "дней с даты подписания УПД." + SIG_D,
             atts=[dict(type="xml", fmt="upd", cs="windows-1251",
                        name="ON_NSCHFDOPPR_2BM-5190087123-519001001_20261116_1189.xml",
                        fid="ON_NSCHFDOPPR_2BM-5190087123-519001001_20261116_1189", num="1189", date="16.11.2026",
                        buyer="ООО «Северный кабельный проект»", buyer_inn="5190456712", buyer_kpp="519001001",
                        contract="СКП-08/26", contract_date="12.08.2026", net="1000000.00", vat="220000.00",
                        gross="1220000.00",
                        lines=[("Инженерные изыскания по трассе подводного кабеля", "796", "1", "1000000.00",
                                "1000000.00", "220000.00", "1220000.00")])],
             label=dict(invoice_numbers="1189", amount="1220000.00", currency="RUB", issue_date="2026-11-16",
                        note="UPD XML in windows-1251 with Cyrillic element names; terms in bank days from signing, so no due date.")),
        dict(slug="predoplata_30", kind="invoice_copy", frm=OLGA, to=[cl("kolskaya")], cc=[BOT], date="2026-11-18 10:40",
             cs="windows-1251", subject="Счёт на предоплату № 1190",
             body="Ирина, добрый день!\n\nПо договору № 47-Г/2026 (стоимость работ 2 440 000,00 руб., в т.ч. НДС) "
                  "выставляем счёт № 1190 от 18.11.2026 на предоплату 30 %:\n\n  Предоплата 30 %:   732 000,00 руб.\n"
                  "  в т.ч. НДС 22 %:    132 000,00 руб.\n\nСчёт действителен к оплате до 15.12.2026. Окончательный "
                  "расчёт — после подписания акта." + SIG_O,
             label=dict(invoice_numbers="1190", amount="732000.00", currency="RUB", issue_date="2026-11-18",
                        due_date="2026-12-15",
                        note="Advance invoice: contract value, VAT and the 30% advance compete; the due date is worded as 'valid until'.")),
        dict(slug="etap_2_contract_value", kind="invoice_copy", frm=DENIS, to=[cl("pechora")], cc=[BOT],
             date="2026-11-18 17:20", subject="Счёт 1192 — этап 2",
             body="Виктор Павлович, добрый вечер.\n\nВысылаю счёт № 1192 по этапу 2 (батиметрия площадки бурения).\n"
                  "Сумма договора — 19 520 000 руб.; сумма по этапу 2 — 5 856 000,00 руб., в т.ч. НДС (22 %) "
                  "1 056 000,00 руб.\nСрок оплаты — до 18.12.2026." + SIG_D,
             label=dict(invoice_numbers="1192", amount="5856000.00", currency="RUB", issue_date="2026-11-18",
                        due_date="2026-12-18", note="Stage invoice: contract value appears first in the text.")),
        dict(slug="two_invoices_10_days", kind="invoice_copy", frm=OLGA, to=[cl("arctic")], cc=[BOT],
             date="2026-11-25 12:00", subject="Счета 1193, 1194",
             body="Андрей, добрый день!\n\nНаправляю два счёта:\n  № 1193 от 25.11.2026 — водолазное обследование "
                  "причала № 3 — 183 000,00 руб.\n  № 1194 от 25.11.2026 — обработка данных — 97 600,00 руб.\n"
                  "Итого 280 600,00 руб., в т.ч. НДС 22 %.\n\nСрок оплаты по обоим счетам — 10 календарных дней." + SIG_O + DISCL,
             label=dict(invoice_numbers="1193;1194", amount="280600.00", currency="RUB", issue_date="2026-11-25",
                        due_date="2026-12-05", payment_terms_days="10",
                        note="Two invoices, 10 calendar days: the due date falls on a Saturday.")),
        dict(slug="koi8_ip_amount_in_words", kind="invoice_copy", frm=OLGA, to=[cl("ryabinin")], cc=[BOT],
             date="2026-11-27 09:55", cs="koi8-r", cte="8bit", subject="Счет N 1195",
             body="Алексей Владимирович, здравствуйте!\n\nСчет N 1195 от 27.11.2026 за гидрографическую съемку акватории "
                  "базы отдыха.\nИтого к оплате: 48 500-00 (Сорок восемь тысяч пятьсот рублей 00 копеек). НДС не "
                  "облагается.\nОплата в течение 14 дней.\n\nС уважением,\nО. Воронцова\nООО \"Кестрел Гидрография\"\n",
             label=dict(invoice_numbers="1195", amount="48500.00", currency="RUB", issue_date="2026-11-27",
                        due_date="2026-12-11", payment_terms_days="14",
                        note="KOI8-R 8bit body; amount written '48 500-00' plus words; 'N' instead of the numero sign.")),
        dict(slug="usd_export_pdf", kind="invoice_copy", frm=DENIS, to=[cl("kaspi")], cc=[BOT], date="2026-12-01 14:30",
             subject="Инвойс № 1196 / Invoice No. 1196",
             body="Ержан, добрый день!\n\nВо вложении инвойс № 1196 от 01.12.2026 за обработку данных съёмки на Каспии.\n"
                  "Сумма: 12 450,00 долларов США. НДС 0 % (экспорт услуг).\nОплата в течение 30 дней с даты инвойса." + SIG_D,
             atts=[dict(type="pdf", name="Invoice_1196.pdf", lines=[
                 "##KESTREL GIDROGRAFIYA LLC", "31 Shmidta St, Murmansk 183038, Russia  INN 5190087123", "",
                 "##INVOICE No. 1196", "Date: 01.12.2026", "Customer: Kaspi Gidro LLP, Aktau, Kazakhstan", "",
                 "1  Processing of Caspian survey data (MBES, SSS)            USD 12,450.00", "",
                 "VAT 0% (export of services)", "TOTAL: USD 12,450.00", "",
                 "Payment terms: within 30 days of the invoice date (31.12.2026).",
                 "Bank: Bank Polyarny JSC, SWIFT BPOLRU2M, USD acc. 40702840941000017766"])],
             label=dict(invoice_numbers="1196", amount="12450.00", currency="USD", issue_date="2026-12-01",
                        due_date="2026-12-31", payment_terms_days="30",
                        note="USD export invoice, Russian body and English PDF; 'долларов США' rather than a code in the body.")),
        dict(slug="avans_zachten", kind="invoice_copy", frm=OLGA, to=[cl("dvina")], cc=[BOT], date="2026-12-03 16:15",
             cs="windows-1251", cte="quoted-printable", subject="Счёт № 1197 (окончательный расчёт)",
             body="Татьяна Сергеевна, добрый день!\n\nНаправляем счёт № 1197 от 03.12.2026 на окончательный расчёт по "
                  "договору № 19/26-ДВ.\n\n  Стоимость работ:                        1 464 000,00 руб.\n"
                  "  Зачтён аванс (п/п № 318 от 02.10.2026):   439 200,00 руб.\n  К оплате:                               "
                  "1 024 800,00 руб., в т.ч. НДС 22 % 184 800,00 руб.\n\nОплатить не позднее 18.12.2026.\n\nЗаодно "
                  "напоминаю про счёт № 1124 на 915 000,00 руб." + SIG_O,
             label=dict(invoice_numbers="1197", amount="1024800.00", currency="RUB", issue_date="2026-12-03",
                        due_date="2026-12-18",
                        note="Final invoice with an advance offset; an older invoice and its amount are mentioned too.")),
        # ------------------------------------------------------------ read receipts
        dict(slug="outlook_prochitano_mdn", kind="read_receipt", build="mdn", frm=cl("bdk"), to=[BOT], rk="r13",
             date="2026-11-09 11:37", subject="Прочитано: {RS:r13}", ua="Microsoft Outlook 16.0",
             disposition="manual-action/MDN-sent-automatically; displayed",
             human="Ваше сообщение\n\n  Кому: oplata@bdk-dredge.ru\n  Тема: {RS:r13}\n  Отправлено: 09.11.2026 10:00\n\n"
                   "было прочитано 09.11.2026 11:37.\n",
             label=dict(invoice_numbers="1187", original_message_id=True, note="Russian Outlook MDN.")),
        dict(slug="thebat_mdn_1251", kind="read_receipt", build="mdn", frm=cl("sevkab"), to=[BOT], rk="r14",
             date="2026-11-17 12:05", subject="Уведомление о прочтении: {RS:r14}", human_cs="windows-1251", hcs="windows-1251",
             ua="The Bat! (v11.2.3) Professional", disposition="manual-action/MDN-sent-manually; displayed",
             human="Ваше письмо для buh@sevkabproekt.ru\nс темой: {RS:r14}\nотправленное 17.11.2026 10:00\n\n"
                   "было прочитано 17.11.2026 12:05.\n",
             label=dict(invoice_numbers="1189", original_message_id=True,
                        note="The Bat! MDN with a windows-1251 human part and subject.")),
        dict(slug="plain_read_in_reply_to", kind="read_receipt", frm=cl("pechora"), to=[BOT], rk="r15",
             date="2026-11-24 14:48", subject="Письмо прочитано: {RS:r15}",
             body="Ваше письмо «{RS:r15}», отправленное 24.11.2026 в 10:00, было прочитано получателем "
                  "ap@pechora-shelf.ru 24.11.2026 в 14:48.\n",
             label=dict(invoice_numbers="1192", original_message_id=True,
                        note="Plain-text Russian receipt, not a multipart/report; linked only by In-Reply-To.")),
        # ------------------------------------------------------------ bounces
        dict(slug="mailru_user_unknown", kind="bounce", build="dsn", rk="r16",
             frm=("Mail Delivery System", "mailer-daemon@corp.mail.ru"), to=[BOT], env="", host="mxs.mail.ru",
             date="2026-12-03 10:00",
             auth="spf=pass smtp.helo=mxs.mail.ru;\n\tdkim=pass header.d=corp.mail.ru header.s=mail4;\n\tdmarc=pass header.from=corp.mail.ru",
             subject="Недоставленное сообщение / Undelivered mail", reporting_mta="dns; mxs.mail.ru", human_cs="utf-8",
             human="Это письмо создано автоматически почтовой системой Mail.\nОтвечать на него не нужно.\n\n"
                   "К сожалению, Ваше письмо не может быть доставлено получателю:\n\nbuh.teriberka@mail.ru\n"
                   "Адрес не существует или был удалён.\n\n---\nThis message was created automatically. Your message could "
                   "not be delivered: the recipient address does not exist.\n",
             recips=[dict(rcpt="buh.teriberka@mail.ru", action="failed", status="5.1.1",
                          diag="550 Message was not accepted -- invalid mailbox.  Local mailbox buh.teriberka@mail.ru is unavailable: user not found")],
             orig="headers",
             label=dict(invoice_numbers="1131", failed_recipients="buh.teriberka@mail.ru", bounce_permanent=True,
                        bounce_reason="user_unknown", original_message_id=True, needs_human=True,
                        note="Bilingual mail.ru DSN, Russian first.")),
        dict(slug="yandex_quota", kind="bounce", build="dsn", rk="r18",
             frm=("mailer-daemon@yandex.ru", "mailer-daemon@yandex.ru"), to=[BOT], env="",
             host="mail-nwsmtp-mxback-production-main-47.iva.yp-c.yandex.net", date="2026-12-08 10:01",
             auth="spf=pass smtp.helo=mail-nwsmtp-mxback-production-main-47.iva.yp-c.yandex.net;\n\tdkim=pass header.d=yandex.ru header.s=mail;\n\tdmarc=pass header.from=yandex.ru",
             subject="Недоставленное сообщение", reporting_mta="dns; mail-nwsmtp-mxfront-production-main-12.vla.yp-c.yandex.net",
             human_cs="utf-8",
             human="Здравствуйте!\n\nЭто автоматическое сообщение почтовой системы.\n\nВаше письмо не было доставлено по "
                   "адресу:\n  lotsman-proekt@yandex.ru\n\nПричина: почтовый ящик получателя переполнен.\n\n"
                   "Сообщение повторно отправляться не будет.\n",
             recips=[dict(rcpt="lotsman-proekt@yandex.ru", action="failed", status="5.2.2",
                          diag="552 5.2.2 Mailbox size limit exceeded")],
             orig="full",
             label=dict(invoice_numbers="1129", failed_recipients="lotsman-proekt@yandex.ru", bounce_permanent=True,
                        bounce_reason="mailbox_full", original_message_id=True, needs_human=True,
                        note="Yandex DSN in Russian with the full original attached.")),
        dict(slug="exim_delay_24h", kind="bounce", frm=("Mail Delivery System", "Mailer-Daemon@mx2.dvinsk-verf.ru"),
             to=[BOT], env="", host="mx2.dvinsk-verf.ru", date="2026-11-18 10:05", rk="r09", thread=False,
             auth="spf=pass smtp.helo=mx2.dvinsk-verf.ru;\n\tdkim=none;\n\tdmarc=none header.from=mx2.dvinsk-verf.ru",
             subject="Warning: message 1vR2Lk-000Fq1-3T delayed 24 hours",
             hdrs=[("X-Failed-Recipients", "buhgalteria@dvinsk-verf.ru"), ("Auto-Submitted", "auto-replied")],
             body="This message was created automatically by mail delivery software.\nA message that you sent has not yet "
                  "been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mx2.dvinsk-verf.ru.\n\n"
                  "The message identifier is:     1vR2Lk-000Fq1-3T\nThe subject of the message is: {RS:r09}\n"
                  "The date of the message is:    {RD:r09}\n\nThe address to which the message has not yet been delivered is:\n\n"
                  "  buhgalteria@dvinsk-verf.ru\n    host mail.dvinsk-verf.ru [198.51.100.91]\n    Delay reason: SMTP error "
                  "from remote mail server after RCPT TO:<buhgalteria@dvinsk-verf.ru>:\n    451 4.3.0 Временная ошибка, "
                  "попробуйте позже\n\nNo action is required on your part. Delivery attempts will continue for some time, and "
                  "this\nwarning may be repeated at intervals if the message remains undelivered.\n",
             label=dict(language="en", invoice_numbers="1124", failed_recipients="buhgalteria@dvinsk-verf.ru",
                        bounce_permanent=False, bounce_reason="other",
                        note="Exim delay warning with no DSN part and no Message-ID; a Russian 4xx reason inside English text.")),
        dict(slug="kaspersky_spam_reject", kind="bounce", build="dsn", rk="r12",
             frm=("Mail Delivery System", "MAILER-DAEMON@out1.kestrel-bathymetry.com"), to=[BOT], env="",
             host="out1.kestrel-bathymetry.com", date="2026-12-04 10:01",
             auth="spf=none smtp.mailfrom=<> smtp.helo=out1.kestrel-bathymetry.com;\n\tdkim=none;\n\tdmarc=none header.from=out1.kestrel-bathymetry.com",
             subject="Undelivered Mail Returned to Sender", reporting_mta="dns; out1.kestrel-bathymetry.com",
             arrival="{RD:r12}", human_cs="utf-8",
             human="This is the mail system at host out1.kestrel-bathymetry.com.\n\nI'm sorry to have to inform you that "
                   "your message could not\nbe delivered to one or more recipients.\n\n<fin@arctic-ts.ru>: host "
                   "kse.arctic-ts.ru[203.0.113.61] said: 554 5.7.1\n    Сообщение отклонено: обнаружен спам (KSMG) (in reply "
                   "to end of DATA command)\n",
             recips=[dict(rcpt="fin@arctic-ts.ru", action="failed", status="5.7.1", remote="kse.arctic-ts.ru",
                          diag="554 5.7.1 Message rejected: spam detected (KSMG)")],
             orig="headers",
             label=dict(language="en", invoice_numbers="1140", failed_recipients="fin@arctic-ts.ru",
                        bounce_permanent=True, bounce_reason="spam", original_message_id=True, needs_human=True,
                        note="Content filter refused the reminder as spam; the Russian reason is inside the English postfix text.")),
        dict(slug="one_of_two_full_original", kind="bounce", build="dsn", rk="r11",
             frm=("Mail Delivery System", "MAILER-DAEMON@out1.kestrel-bathymetry.com"), to=[BOT], env="",
             host="out1.kestrel-bathymetry.com", date="2026-12-01 10:00",
             auth="spf=none smtp.mailfrom=<> smtp.helo=out1.kestrel-bathymetry.com;\n\tdkim=none;\n\tdmarc=none header.from=out1.kestrel-bathymetry.com",
             subject="Undelivered Mail Returned to Sender", reporting_mta="dns; out1.kestrel-bathymetry.com",
             arrival="{RD:r11}",
             human="This is the mail system at host out1.kestrel-bathymetry.com.\n\nI'm sorry to have to inform you that "
                   "your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                   "<i.maltseva@kolskaya-mi.ru>: host mx.kolskaya-mi.ru[198.51.100.120] said: 550\n    5.1.1 "
                   "<i.maltseva@kolskaya-mi.ru>: Recipient address rejected: User unknown\n",
             recips=[dict(rcpt="i.maltseva@kolskaya-mi.ru", orig="i.maltseva@kolskaya-mi.ru", action="failed",
                          status="5.1.1", remote="mx.kolskaya-mi.ru",
                          diag="550 5.1.1 <i.maltseva@kolskaya-mi.ru>: Recipient address rejected: User unknown")],
             orig="full", extra_contacts=["i.maltseva@kolskaya-mi.ru"],
             label=dict(language="en", invoice_numbers="1136;1138", failed_recipients="i.maltseva@kolskaya-mi.ru",
                        bounce_permanent=True, bounce_reason="user_unknown", original_message_id=True, needs_human=True,
                        note="Only the Cc recipient failed; the attached original also has buh@ in To, which did not fail.")),
        # ------------------------------------------------------------ auto replies
        dict(slug="otpusk_do_ponedelnika", kind="auto_reply", frm=("Сергей Панов", "oplata@bdk-dredge.ru"), to=[BOT],
             rk="r02", date="2026-11-10 10:01", subject="Автоответ: {RS:r02}", hdrs=[("Auto-Submitted", "auto-replied")],
             body="Здравствуйте!\n\nЯ в отпуске до 30 ноября. По срочным вопросам обращайтесь к Марине Котовой, "
                  "тел. +7 (8182) 55-14-20.\n\nС уважением,\nСергей Панов\n",
             label=dict(invoice_numbers="1109", return_date="2026-11-30", original_message_id=True,
                        note="'в отпуске до 30 ноября' where 30 November is a Monday: back that Monday.")),
        dict(slug="komandirovka_vklyuchitelno", kind="auto_reply", frm=cl("arctic"), to=[BOT], rk="r04",
             date="2026-11-16 10:01", cs="windows-1251", subject="Re: {RS:r04}",
             body="Добрый день!\n\nНахожусь в командировке с 16 по 20 ноября включительно, доступ к почте ограничен.\n\n"
                  "Андрей Климов\nООО \"Арктик Терминал Сервис\"\n",
             label=dict(invoice_numbers="1118", return_date="2026-11-23", original_message_id=True,
                        note="No auto-reply header and a plain 'Re:' subject; absence through Friday 20 Nov inclusive.")),
        dict(slug="kazakh_ooo", kind="auto_reply", frm=cl("kaspi"), to=[BOT], rk="r10", date="2026-11-13 13:01",
             tz="+0500", subject="Автожауап: {RS:r10}", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
             body="Сәлеметсіз бе!\n\nМен 23 қарашаға дейін іссапардамын. Шұғыл сұрақтар бойынша бухгалтерияға "
                  "хабарласыңыз: buh@kaspi-gidro.kz.\n\nҚұрметпен,\nЕржан Сейткали\n",
             label=dict(language="kk", invoice_numbers="1117", return_date="2026-11-23", original_message_id=True,
                        note="Kazakh out-of-office (Cyrillic, not Russian) from a +0500 zone; 'until 23 November' is a Monday.")),
        dict(slug="helpdesk_obrashchenie", kind="auto_reply", frm=("Служба поддержки Печоранефтегаз-Шельф", "sd@pechora-shelf.ru"),
             to=[BOT], rk="r06", date="2026-11-13 10:02", subject="[SD-2026-55817] Обращение зарегистрировано",
             hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
             body="Уважаемый отправитель!\n\nВаше обращение зарегистрировано под номером SD-2026-55817 и передано в "
                  "группу «Расчёты с поставщиками». Срок рассмотрения — до 5 рабочих дней.\n\nНе отвечайте на это письмо.\n",
             label=dict(invoice_numbers="", original_message_id=True,
                        note="Service-desk ticket acknowledgement; subject carries only the ticket number.")),
        dict(slug="uvolilas", kind="auto_reply", frm=cl("dvina"), to=[BOT], rk="r17", date="2026-12-01 10:01",
             subject="Автоматический ответ: {RS:r17}", hdrs=[("Auto-Submitted", "auto-replied")],
             body="Корнилова Татьяна Сергеевна больше не работает в ООО «Двинская верфь». Письма на этот адрес не "
                  "обрабатываются.\nПо вопросам оплаты пишите на fin@dvinsk-verf.ru.\n",
             label=dict(invoice_numbers="1124", original_message_id=True, needs_human=True,
                        note="'No longer works here' notice with a replacement address.")),
        # ------------------------------------------------------------ challenge
        dict(slug="antispam_ne_robot", kind="challenge", frm=("Антиспам СпамЩит", "confirm@spamshield-check.ru"),
             to=[BOT], rk="r19", date="2026-12-07 10:01", subject="Подтвердите отправку письма для ryabinin.av@bk.ru",
             hdrs=[("Auto-Submitted", "auto-replied")],
             body="Здравствуйте!\n\nВы отправили письмо на адрес ryabinin.av@bk.ru (тема: «{RS:r19}»).\n\nПолучатель "
                  "использует защиту от спама. Чтобы письмо было доставлено, подтвердите, что вы не робот, перейдя по "
                  "ссылке:\n\nhttps://spamshield-check.ru/c/9fK2LmQ7\n\nЕсли подтверждение не поступит в течение 72 часов, "
                  "письмо будет удалено.\n",
             label=dict(invoice_numbers="1133", original_message_id=True, needs_human=True,
                        note="Russian challenge-response; threaded to the reminder.")),
        # ------------------------------------------------------------ payments
        dict(slug="postuplenie_vat_in_purpose", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-11-19 09:40",
             subject="Поступление на счёт 40702810941000017765",
             body="Уважаемый клиент!\n\nНа ваш счёт 40702810941000017765 зачислены денежные средства.\n\n"
                  "Дата операции: 19.11.2026\nСумма: 486 000,00 RUB\nПлательщик: АО \"КОЛЬСКАЯ МОРСКАЯ ИНЖЕНЕРИЯ\", "
                  "ИНН 5191502231\nНазначение платежа: Оплата по счету 1121 от 07.10.2026 по дог. 47-Г/2026. В т.ч. НДС "
                  "(22%) 87 639,34 рублей.\nПлатёжное поручение № 2291 от 18.11.2026\n\nАО «Банк Полярный»\n",
             label=dict(invoice_numbers="1121", amount="486000.00", currency="RUB", payment_date="2026-11-19",
                        payment_full=True,
                        note="Purpose text carries a VAT amount, a contract number and the order date as distractors.")),
        dict(slug="sbp_psp_fee", kind="payment_confirmation", frm=PSP, to=[BOT], date="2026-12-07 18:12",
             subject="Оплата по СБП получена",
             html="<html><body><h3>Оплата получена</h3><p>Плательщик: Рябинин Алексей Владимирович<br>Назначение: "
                  "оплата счёта 1133<br>Сумма: <b>42&nbsp;700,00&nbsp;₽</b><br>Комиссия сервиса (0,7%): 298,90 ₽<br>"
                  "К зачислению: 42&nbsp;401,10 ₽ (08.12.2026)<br>Дата платежа: 07.12.2026 18:10 МСК</p></body></html>",
             label=dict(invoice_numbers="1133", amount="42700.00", currency="RUB", payment_date="2026-12-07",
                        payment_full=True, note="Fast-payment-system receipt: fee and next-day settlement amount compete.")),
        dict(slug="chastichnaya_oplata", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-12-04 09:31",
             subject="Поступление на счёт 40702810941000017765", cs="windows-1251",
             body="Уважаемый клиент!\n\nДата операции: 04.12.2026\nСумма: 2 000 000,00 RUB\nПлательщик: ООО \"БЕЛОМОРСКАЯ "
                  "ДНОУГЛУБИТЕЛЬНАЯ КОМПАНИЯ\"\nНазначение платежа: Частичная оплата по сч. 1187 от 05.11.2026. НДС не "
                  "выделяется в назначении.\n",
             label=dict(invoice_numbers="1187", amount="2000000.00", currency="RUB", payment_date="2026-12-04",
                        payment_full=False, note="Part payment ('частичная оплата') of a 3,904,000 RUB invoice.")),
        dict(slug="two_invoices_one_order", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-12-09 10:20",
             subject="Поступление на счёт 40702810941000017765",
             body="Уважаемый клиент!\n\nДата операции: 09.12.2026\nСумма: 671 000,00 RUB\nПлательщик: АО \"КОЛЬСКАЯ МОРСКАЯ "
                  "ИНЖЕНЕРИЯ\"\nНазначение платежа: Оплата по сч. 1136 от 27.10.2026 (412 000,00) и сч. 1138 от 28.10.2026 "
                  "(259 000,00), в т.ч. НДС.\n",
             label=dict(invoice_numbers="1136;1138", amount="671000.00", currency="RUB", payment_date="2026-12-09",
                        payment_full=True, allocations="1136=412000.00;1138=259000.00",
                        note="One payment order for two invoices with per-invoice amounts in brackets.")),
        dict(slug="swift_usd_mt103", kind="payment_confirmation", frm=BANK, to=[BOT], date="2026-11-27 16:05",
             subject="Зачисление валютного платежа USD 4 150,00",
             body="Уважаемый клиент!\n\nНа транзитный валютный счёт 40702840941000017766 поступил платёж.\n\nСумма: 4 150,00 "
                  "USD\nДата валютирования: 27.11.2026\nПлательщик: KASPI GIDRO LLP\n\nСообщение SWIFT MT103 во вложении. "
                  "Для зачисления на текущий валютный счёт предоставьте сведения о валютной операции.\n",
             atts=[dict(type="text", name="MT103.txt",
                        text="{1:F01BPOLRU2MAXXX0000000000}{2:O1031205261127HSBKKZKXAXXX00000000002611271205N}{4:\n"
                             ":20:KG26112700417\n:23B:CRED\n:32A:261127USD4150,00\n:50K:/KZ86125KZT5004100100\n"
                             "KASPI GIDRO LLP\nAKTAU KAZAKHSTAN\n:59:/40702840941000017766\nKESTREL GIDROGRAFIYA LLC\n"
                             ":70:PAYMENT FOR INV 1117 DD 06.10.2026\n:71A:OUR\n-}\n")],
             label=dict(invoice_numbers="1117", amount="4150.00", currency="USD", payment_date="2026-11-27",
                        payment_full=True, note="USD receipt on a transit account with an MT103; the invoice number is only in field 70.")),
        # ------------------------------------------------------------ client replies
        dict(slug="oplatili_pp", kind="client_reply", frm=cl("kolskaya"), to=[BOT], rk="r01", date="2026-11-18 16:30",
             cs="windows-1251", cte="quoted-printable", subject="RE: {RS:r01}",
             body="Добрый день!\n\nОплатили сегодня, п/п № 2291 от 18.11.2026. Платёжку прикладываю.\n\nИрина Мальцева\n"
                  "бухгалтер АО \"Кольская морская инженерия\"\n\n{QO:r01}",
             atts=[dict(type="text", name="pp_2291.txt", cs="windows-1251",
                        text="ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 2291  18.11.2026\nСумма: 486000-00\nПолучатель: ООО \"Кестрел Гидрография\"\n"
                             "Назначение платежа: Оплата по счету 1121 от 07.10.2026\n")],
             label=dict(intent="paid", invoice_numbers="1121", needs_human=True,
                        note="Paid claim with a payment-order text attachment in windows-1251.")),
        dict(slug="do_kontsa_nedeli", kind="client_reply", frm=cl("sevkab"), to=[BOT], rk="r03", date="2026-11-18 12:10",
             subject="Re: {RS:r03}",
             body="Здравствуйте! Оплатим до конца недели.\n\n--\nНаталья Гусева\n\n{Q:r03}",
             label=dict(intent="promise", promised_date="2026-11-20", invoice_numbers="1126",
                        note="'до конца недели' on a Wednesday: Friday of the same week.")),
        dict(slug="ne_pishite_nam", kind="client_reply", frm=cl("teriberka"), to=[BOT], rk="r05", date="2026-11-20 21:03",
             subject="Re: {RS:r05}",
             body="Хватит слать нам эти письма. Все вопросы через директора по телефону.\n\nОтправлено из Почты Mail\n\n{Q:r05}",
             label=dict(intent="stop", invoice_numbers="1131", needs_human=True,
                        note="Blunt colloquial stop ('хватит слать'), sent in the evening from a phone.")),
        dict(slug="akt_ne_podpisan_dispute", kind="client_reply", frm=cl("pechora"), to=[BOT], rk="r06",
             date="2026-11-19 11:45", subject="RE: {RS:r06}", cs="windows-1251",
             body="Добрый день.\n\nАкт по счёту 1114 нами не подписан: к техническому отчёту есть замечания (письмо "
                  "№ 14-08/2217 от 02.11.2026). До устранения замечаний оплата произведена не будет.\n\n"
                  "В. П. Лаптев\nначальник отдела расчётов\n\n{QO:r06}",
             label=dict(intent="dispute", invoice_numbers="1114", needs_human=True,
                        note="Dispute about an unsigned acceptance act; 'оплата произведена не будет' is a negated payment phrase.")),
        dict(slug="chastyami_po_20", kind="client_reply", frm=cl("lotsman"), to=[BOT], rk="r07", date="2026-11-20 09:12",
             subject="Re: {RS:r07}",
             body="Добрый день. Сейчас тяжело с деньгами. Можем гасить частями по 20 тысяч в месяц, начиная с декабря? "
                  "Если согласны, пришлите график.\n\nЕлена\n\n{Q:r07}",
             label=dict(intent="plan", invoice_numbers="1129", needs_human=True, note="Instalment proposal with amount and start month.")),
        dict(slug="prishlite_schet_i_akt", kind="client_reply", frm=cl("ryabinin"), to=[BOT], rk="r08",
             date="2026-11-23 13:20", subject="Re: {RS:r08}",
             body="Здравствуйте. Пришлите, пожалуйста, ещё раз счёт и акт, не могу найти. И подскажите КПП для платёжки.\n\n"
                  "А. Рябинин\n\n{Q:r08}",
             label=dict(intent="question", invoice_numbers="1133", needs_human=True, note="Asks for a copy and a bank detail.")),
        dict(slug="v_pyatnitsu", kind="client_reply", frm=cl("dvina"), to=[BOT], rk="r09", date="2026-11-18 15:02",
             subject="RE: {RS:r09}", cs="windows-1251", cte="quoted-printable",
             body="Добрый день! Письмо дошло с задержкой. Оплатим в пятницу.\n\nКорнилова Т. С.\n\n{QO:r09}",
             label=dict(intent="promise", promised_date="2026-11-20", invoice_numbers="1124",
                        note="Weekday promise 'в пятницу' written on a Wednesday; mentions the delivery delay.")),
        dict(slug="oba_scheta_9_dekabrya", kind="client_reply", frm=cl("kolskaya"), to=[BOT], rk="r11",
             date="2026-12-02 10:40", subject="RE: {RS:r11}",
             body="Добрый день!\n\nОплата по обоим счетам будет произведена 9 декабря. Ирина у нас больше не работает, "
                  "пишите на этот адрес.\n\nбухгалтерия АО \"Кольская морская инженерия\"\n\n{QO:r11}",
             label=dict(intent="promise", promised_date="2026-12-09", invoice_numbers="1136;1138",
                        note="Promise for two invoices plus a contact change in the same reply.")),
        dict(slug="paid_and_stop", kind="client_reply", frm=cl("arctic"), to=[BOT], rk="r21", date="2026-11-24 17:50",
             subject="Re: {RS:r21}",
             body="Счёт 1118 мы оплатили ещё 20 ноября, платёжка ушла в ваш банк. И прошу больше не присылать "
                  "автоматические напоминания, по всем вопросам звоните мне напрямую.\n\nА. Климов\n\n{Q:r21}",
             label=dict(intent="stop", invoice_numbers="1118", needs_human=True,
                        note="Mixed paid claim and stop request; stop wins.")),
        dict(slug="english_next_week", kind="client_reply", frm=cl("kaspi"), to=[BOT], rk="r22", date="2026-11-25 15:30",
             tz="+0500", subject="RE: {RS:r22}",
             body="Hello,\n\nThe payment will be made next week.\n\nRegards,\nYerzhan Seitkali\nKaspi Gidro LLP\n\n{QOE:r22}",
             label=dict(language="en", intent="promise", promised_date="2026-12-04", invoice_numbers="1117",
                        note="English reply to a Russian reminder; 'next week' span ends Friday 4 Dec (payment actually arrives earlier).")),
        dict(slug="ne_poluchitsya_115fz", kind="client_reply", frm=cl("lotsman"), to=[BOT], rk="r23",
             date="2026-12-01 12:25", subject="Re: {RS:r23}",
             body="Обещали оплатить до 1 декабря, но не получится: банк приостановил операции по счёту. Сроки пока назвать "
                  "не можем, как только разблокируют, сразу оплатим.\n\nЕлена\n\n{Q:r23}",
             label=dict(intent="other", invoice_numbers="1129", needs_human=True,
                        note="Withdrawn promise with a past date and no new one.")),
        dict(slug="forwarded_internal_question", kind="client_reply", frm=("Наталья Гусева", "buh@sevkabproekt.ru"),
             to=[("Елена Орлова", "e.orlova@sevkabproekt.ru")], cc=[BOT], rk="r24", date="2026-12-02 11:05",
             subject="FW: {RS:r24}",
             body="Лена, посмотри, пожалуйста, что с оплатой по 1126 — мы разве не платили в ноябре?\n\n{QO:r24}",
             label=dict(intent="other", invoice_numbers="1126", needs_human=True,
                        note="Internal forward at the client with the bot in Cc; 'мы разве не платили?' is a question to a colleague, not a paid claim.")),
        dict(slug="v_techenie_10_dney_koi8", kind="client_reply", frm=("Марина Котова", "oplata@bdk-dredge.ru"),
             to=[BOT], rk="r25", date="2026-11-25 09:20", cs="koi8-r", cte="8bit", subject="Re: {RS:r25}",
             body="Добрый день!\n\nСергей Викторович в отпуске. Счет 1109 оплатим в течение 10 дней.\n\nМарина Котова, "
                  "бухгалтер\n",
             label=dict(intent="promise", promised_date="2026-12-04", invoice_numbers="1109",
                        note="KOI8-R reply from a colleague without a quote; 'within 10 days' ends on a Saturday, so the last business day is Friday 4 Dec.")),
        # ------------------------------------------------------------ other
        dict(slug="staff_akt_sverki", kind="other", frm=DENIS, to=[OLGA], cc=[BOT], date="2026-12-08 09:10",
             subject="Акт сверки Печора",
             body="Оля, привет. Печора просит акт сверки на 30.11 — сделаешь? Там по 1114 у них замечания, по 1192 "
                  "всё ок.\n\nДенис\n",
             label=dict(invoice_numbers="1114;1192", note="Internal staff chatter in Cc; mentions a dispute in passing.")),
        dict(slug="forged_bank_dmarc_fail", kind="other", frm=BANK, to=[BOT], date="2026-12-02 04:12",
             env="noreply@bankpolar-secure.ru", host="mail.bankpolar-secure.ru",
             auth="spf=pass smtp.mailfrom=bankpolar-secure.ru;\n\tdkim=pass header.d=bankpolar-secure.ru header.s=s1;\n\tdmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=bankpolar.ru",
             subject="Поступление на счёт 40702810941000017765",
             body="Уважаемый клиент!\n\nДата операции: 02.12.2026\nСумма: 5 856 000,00 RUB\nПлательщик: АО "
                  "\"ПЕЧОРАНЕФТЕГАЗ-ШЕЛЬФ\"\nНазначение платежа: Оплата по сч. 1192\n\nДля зачисления подтвердите "
                  "операцию в интернет-банке: https://bankpolar-secure.ru/confirm\n",
             label=dict(invoice_numbers="1192", needs_human=True,
                        note="From the real bank address but DMARC fails (SPF/DKIM pass only for another domain).")),
        dict(slug="severpay_mailru_spoof", kind="other", frm=("СеверПэй", "severpay.support@mail.ru"), to=[BOT],
             date="2026-11-30 08:22", subject="Оплата по СБП получена",
             html="<html><body><p>Плательщик: ООО «Северный кабельный проект»<br>Назначение: оплата счёта 1189<br>"
                  "Сумма: 1&nbsp;220&nbsp;000,00 ₽</p><p>Для вывода средств подтвердите реквизиты: "
                  "<a href='http://severpay-vyvod.ru'>подтвердить</a></p></body></html>",
             label=dict(invoice_numbers="1189", needs_human=True,
                        note="PSP display name on a free mail.ru mailbox; authenticated for mail.ru only.")),
        dict(slug="edo_newsletter", kind="other", frm=("ЭДО-Портал", "news@edo-portal.ru"), to=[BOT], date="2026-11-26 12:00",
             subject="Новые форматы УПД с 2027 года: что изменится для бухгалтера",
             hdrs=[("List-Unsubscribe", "<https://edo-portal.ru/unsubscribe?u=8812>"), ("Precedence", "bulk")],
             html="<html><body><h2>Новые форматы УПД</h2><p>С 1 января 2027 года меняются правила выставления счетов и "
                  "УПД. Вебинар 10 декабря: как не потерять вычет НДС и вовремя получить оплату.</p></body></html>",
             label=dict(note="Newsletter about invoices (УПД, оплата) with bulk headers.")),
    ]

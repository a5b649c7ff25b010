"""RU desk: Russia and Kazakhstan. Staff on norrvik-holod.ru, invoices NH-24-NNNN,
RUB/KZT, Europe/Moscow, Asia/Yekaterinburg, Asia/Novosibirsk, Asia/Almaty (UTC+5)."""
from lib import BOT, Reminder, ar, attach, mail, multi, pdf, pdf_text_lines, raw_part, rfcdate, text
from common import A, Desk, auto_reply, reply, staff_mail
from machine import dsn, mdn, returned_headers
import templates as T

STAFF_DOMAINS = ["norrvik-holod.ru"]
STAFF = ["a.sokolova@norrvik-holod.ru", "d.belov@norrvik-holod.ru", "m.gareeva@norrvik-holod.ru"]
NOTIFIERS = ["noreply@vostokbank.ru", "no-reply@yookassa.ru", "notify@steppebank.kz"]

SOKOLOVA = A("Анна Соколова", "a.sokolova@norrvik-holod.ru")
BELOV = A("Дмитрий Белов", "d.belov@norrvik-holod.ru")
GAREEVA = A("Марина Гареева", "m.gareeva@norrvik-holod.ru")
MSK, YEKT, NOVT, ALMT = "Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Almaty"


def R(key, local, to, items, cur, name="", tz=MSK):
    return Reminder("ru", key, local, tz, to, items, cur, "ru", name)


U1 = R("sevryba", "2024-10-01 10:00", "buh@sevryba.ru", [("NH-24-0712", "486000.00", "2024-09-27")], "RUB")
U2 = R("zarechye", "2024-10-02 10:00", "oplata@zarechye-milk.ru", [("NH-24-0698", "1254000.00", "2024-09-20")], "RUB", tz=YEKT)
U3 = R("holodput", "2024-10-03 10:00", "finance@holodput.ru", [("NH-24-0705", "738000.00", "2024-09-30")], "RUB", tz=NOVT)
U4 = R("guseinov", "2024-10-04 10:00", "guseinov.ip@mail.ru", [("NH-24-0716", "54600.00", "2024-10-01")], "RUB", "Рашид Алиевич")
U5 = R("almatyfrost", "2024-10-07 10:00", "buh@almatyfrost.kz",
       [("NH-24-0701", "4850000.00", "2024-09-30"), ("NH-24-0709", "1920000.00", "2024-10-04")], "KZT", tz=ALMT)
U6 = R("karavai", "2024-10-08 10:00", "zakaz@karavai-spb.ru", [("NH-24-0719", "96000.00", "2024-10-07")], "RUB")
U7 = R("gb3", "2024-10-08 10:30", "kontrakt@gb3-tver.ru", [("NH-24-0703", "312500.00", "2024-10-01")], "RUB")
U8 = R("myasnoy", "2024-10-09 10:00", "bux@myasnoy-dvor.ru", [("NH-24-0714", "228000.00", "2024-10-04")], "RUB")
U9 = R("kristall", "2024-10-09 10:30", "info@arena-kristall.ru", [("NH-24-0720", "1080000.00", "2024-10-11")], "RUB")
U10 = R("shymkent", "2024-10-10 10:00", "finance@shymkentagro.kz", [("NH-24-0722", "2640000.00", "2024-10-15")], "KZT", tz=ALMT)
U11 = R("pharmlog", "2024-10-11 10:00", "ap@pharmlogistic.ru", [("NH-24-0710", "645600.00", "2024-10-08")], "RUB")
U12 = R("zerno", "2024-10-14 10:00", "zerno.coffee@yandex.ru", [("NH-24-0724", "38400.00", "2024-10-11")], "RUB")
U13 = R("uralhlad", "2024-10-15 10:00", "dogovor@uralhlad.ru", [("NH-24-0711", "2016000.00", "2024-10-10")], "RUB", tz=YEKT)
U14 = R("stroyholod", "2024-10-16 10:00", "a.petrov@stroyholod-invest.ru", [("NH-24-0706", "372000.00", "2024-10-02")], "RUB", "Андрей Викторович")
U15 = R("tehnoholod", "2024-10-17 10:00", "snab@tehnoholod-nn.ru", [("NH-24-0718", "147600.00", "2024-10-09")], "RUB")
U16 = R("arcticfish", "2024-10-17 10:05", "info@arctic-fish.ru", [("NH-24-0715", "264000.00", "2024-10-07")], "RUB")
U17 = R("belozerie", "2024-10-18 10:00", "buh@belozerie-agro.ru", [("NH-24-0721", "519000.00", "2024-10-14")], "RUB")
U18 = R("sevryba2", "2024-10-21 10:00", "e.kuznetsova@sevryba.ru", [("NH-24-0727", "132000.00", "2024-10-25")], "RUB", "Елена Сергеевна")
U19 = R("anatolia", "2024-10-28 10:00", "a.demir@anatoliafood.ru", [("NH-24-0729", "408000.00", "2024-10-31")], "RUB")
U20 = R("polmark", "2024-10-15 10:00", "k.nowak@polmark.kz", [("NH-24-0723", "1150000.00", "2024-10-18")], "KZT", tz=ALMT)
U21 = R("freshkzn", "2024-10-22 10:00", "sklad@fresh-market-kzn.ru", [("NH-24-0725", "73200.00", "2024-10-16")], "RUB")


def _zip():
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo("Trebovanie_14-07-2291.pdf.js", date_time=(2024, 10, 25, 7, 40, 0))
        z.writestr(zi, "// placeholder payload for a phishing test sample; inert\n")
    return buf.getvalue()


def build():
    d = Desk("ru")
    add = d.add

    # ------------------------------------------------------------ invoice copies
    add("schet_bankovskie_dni", staff_mail(
        "ru-i1", SOKOLOVA, A("ООО «Северная рыба» бухгалтерия", "buh@sevryba.ru"),
        "Счёт на оплату № NH-24-0801 от 14.10.2024", rfcdate("2024-10-14 11:20:31", MSK),
        text("""Добрый день!

Направляем счёт на оплату за техническое обслуживание холодильной
камеры №2 (склад на ул. Траловой).

Счёт на оплату № NH-24-0801 от 14.10.2024
Техническое обслуживание холодильного оборудования, октябрь 2024
Итого: 186 000,00 руб.
В том числе НДС (20%): 31 000,00 руб.

Оплата в течение 10 (десяти) банковских дней с даты выставления счёта.

Реквизиты: р/с 40702810400000012345 в АО «Банк Восток»,
БИК 044525999, к/с 30101810100000000999.

С уважением,
Анна Соколова
бухгалтер по расчётам с покупателями
ООО «Норрвик Холод»
""")),
        kind="invoice_copy", language="ru", invoice_numbers="NH-24-0801", amount="186000.00", currency="RUB",
        issue_date="2024-10-14", due_date="2024-10-28", payment_terms_days="", needs_human=False,
        note="10 banking days (not calendar days): 14 Oct + 10 business days = 28 Oct; terms_days left empty")

    add("schet_predoplata_50", staff_mail(
        "ru-i2", GAREEVA, A("АО «Уральский хладокомбинат»", "dogovor@uralhlad.ru"),
        "Счёт на предоплату по договору № 41/24 (NH-24-0802)", rfcdate("2024-10-15 09:48:12", MSK),
        text("""Уважаемые коллеги!

В соответствии с п. 3.2 договора № 41/24 от 30.09.2024 на поставку и
монтаж спиральной шоковой заморозки направляем счёт на предоплату.

Цена договора: 4 860 000,00 руб., в т.ч. НДС 20% — 810 000,00 руб.
Предоплата 50%: 2 430 000,00 руб., в т.ч. НДС 20% — 405 000,00 руб.

Счёт № NH-24-0802 от 15.10.2024, оплатить до 25.10.2024.
Оставшиеся 50% оплачиваются после подписания акта пусконаладочных работ.

С уважением,
Марина Гареева
проектный отдел ООО «Норрвик Холод»
""")),
        kind="invoice_copy", language="ru", invoice_numbers="NH-24-0802", amount="2430000.00", currency="RUB",
        issue_date="2024-10-15", due_date="2024-10-25", payment_terms_days="", needs_human=False,
        note="50% prepayment vs contract price 4,860,000")

    inv3 = pdf(pdf_text_lines([
        (16, "NORRVIK KHOLOD LLC"),
        "Moscow, Russia  -  Branch office: Almaty, Kazakhstan",
        None,
        (14, "INVOICE No. NH-24-0803"),
        "Date: 15.10.2024",
        "Bill to: TOO Polmark Logistics Kazakhstan, Almaty, BIN 180940012345",
        "Contract: PLK-2024/06",
        None,
        "Description                                             Amount, KZT",
        "Maintenance of refrigerated warehouse, Q4 2024            3 000 000.00",
        "VAT 12%                                                     360 000.00",
        "TOTAL                                                     3 360 000.00",
        None,
        "Payment terms: 15 days from the invoice date.",
        "Beneficiary bank: Steppe Bank JSC, BIC STEPKZKA, IIK KZ86 9470 398 0000 12345",
    ]), "ru-i3", title="Invoice NH-24-0803")
    add("schet_pdf_tolko_kz", staff_mail(
        "ru-i3", SOKOLOVA, A("Krzysztof Nowak", "k.nowak@polmark.kz"), "Инвойс за IV квартал",
        rfcdate("2024-10-15 12:05:44", MSK),
        multi("mixed", [text("""Добрый день, Кшиштоф!

Во вложении инвойс за обслуживание склада в IV квартале.

С уважением,
Анна Соколова
"""), attach(inv3, "application/pdf", "Invoice_NH-24-0803.pdf")], "ru-i3")),
        kind="invoice_copy", language="ru", invoice_numbers="NH-24-0803", amount="3360000.00", currency="KZT",
        issue_date="2024-10-15", due_date="2024-10-30", payment_terms_days="15", needs_human=False,
        note="facts only in PDF (English text, KZT, Kazakh VAT 12%)")

    html4 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Tahoma,Arial;font-size:10pt">
<p>Добрый день!</p>
<p>Направляем счёт за замену конденсатора на ледовой арене.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Счёт №</td><td>NH-24-0804</td></tr>
<tr><td>Дата</td><td>16.10.2024</td></tr>
<tr><td>Сумма к оплате</td><td><b>412&nbsp;800,00 руб.</b></td></tr>
<tr><td>в т.ч. НДС 20%</td><td>68&nbsp;800,00 руб.</td></tr>
</table>
<p>Срок оплаты — 30 календарных дней с даты счёта.</p>
<p>С уважением,<br>Анна Соколова<br>ООО «Норрвик Холод»</p>
</body></html>"""
    add("schet_html_cp1251", staff_mail(
        "ru-i4", SOKOLOVA, A("Ледовая арена «Кристалл»", "info@arena-kristall.ru", "windows-1251"),
        "Счёт NH-24-0804", rfcdate("2024-10-16 15:31:07", MSK), text(html4, sub="html", cs="windows-1251"),
        hcs="windows-1251"),
        kind="invoice_copy", language="ru", invoice_numbers="NH-24-0804", amount="412800.00", currency="RUB",
        issue_date="2024-10-16", due_date="2024-11-15", payment_terms_days="30", needs_human=False,
        note="HTML-only, windows-1251, NBSP thousands separator")

    add("scheta_dva_v_odnom_pisme", staff_mail(
        "ru-i5", BELOV, A("ООО «Мясной двор»", "bux@myasnoy-dvor.ru"),
        "Счета NH-24-0805 и NH-24-0806", rfcdate("2024-10-17 17:10:55", MSK),
        text("""Коллеги, добрый вечер.

Высылаю два счёта от 17.10.2024:
— NH-24-0805 — аварийный выезд 12.10 (выходной день), 38 400,00 руб.;
— NH-24-0806 — замена ТРВ и фильтра-осушителя на камере заморозки,
  97 200,00 руб.

Оба с НДС, оплата в течение 14 дней.

Дмитрий Белов
руководитель сервисной службы
""")),
        kind="invoice_copy", language="ru", invoice_numbers="NH-24-0805;NH-24-0806", amount="", currency="RUB",
        issue_date="2024-10-17", due_date="2024-10-31", payment_terms_days="14", needs_human=True,
        note="two invoices in one mail (38,400 and 97,200); amount empty")

    add("schet_koi8r_abonentka", staff_mail(
        "ru-i6", SOKOLOVA, A('ООО "Пекарня Каравай"', "zakaz@karavai-spb.ru", "koi8-r"),
        "Счёт NH-24-0807 - абонентское обслуживание, октябрь", rfcdate("2024-10-18 10:02:18", MSK),
        text("""Добрый день!

Счёт N NH-24-0807 от 18.10.2024
Абонентское обслуживание холодильного оборудования за октябрь 2024 г.
Сумма: 45 000,00 руб., в т.ч. НДС 20% 7 500,00 руб.

Согласно договору оплата производится до 5-го числа месяца, следующего
за расчётным, то есть до 05.11.2024.

Анна Соколова
ООО "Норрвик Холод"
""", cs="koi8-r", cte="8bit"), hcs="koi8-r"),
        kind="invoice_copy", language="ru", invoice_numbers="NH-24-0807", amount="45000.00", currency="RUB",
        issue_date="2024-10-18", due_date="2024-11-05", payment_terms_days="", needs_human=False,
        note="KOI8-R 8bit body and subject")

    add("schet_avans_zachten_srok_po_upd", staff_mail(
        "ru-i7", GAREEVA, A("ООО «ТК Холодный путь»", "finance@holodput.ru"),
        "Окончательный счёт NH-24-0808 по договору 22/24", rfcdate("2024-10-21 12:14:40", MSK),
        text("""Добрый день!

Работы по договору № 22/24 завершены, направляем окончательный счёт.

Счёт № NH-24-0808 от 21.10.2024
Стоимость работ по договору:              1 824 000,00 руб.
Зачтён аванс (счёт NH-24-0760 от 05.08.2024):  912 000,00 руб.
Всего к оплате: 912 000,00 руб. (Девятьсот двенадцать тысяч рублей
00 копеек), в т.ч. НДС 20% — 152 000,00 руб.

Оплата в течение 5 рабочих дней с даты подписания УПД. УПД направлен
через ЭДО.

Марина Гареева
""")),
        kind="invoice_copy", language="ru", invoice_numbers="NH-24-0808", amount="912000.00", currency="RUB",
        issue_date="2024-10-21", due_date="", payment_terms_days="", needs_human=True,
        note="advance netted (NH-24-0760 mentioned, not this invoice); due date depends on when the client signs the UPD, so it cannot be computed")

    add("schet_kzt_nds12", staff_mail(
        "ru-i8", SOKOLOVA, A("ТОО «Алматы Фрост Логистик»", "buh@almatyfrost.kz"),
        "Счёт на оплату NH-24-0809", rfcdate("2024-10-22 10:40:00", MSK),
        text("""Здравствуйте!

Счёт на оплату № NH-24-0809 от 22.10.2024
Модернизация системы управления аммиачной установкой
Итого: 1 680 000 тенге, в том числе НДС 12% — 180 000 тенге.
Срок оплаты: 20 дней.

Реквизиты: ИИК KZ86 9470 398 0000 12345 в АО «Степь Банк»,
БИК STEPKZKA, КНП 859.

С уважением,
Анна Соколова
""")),
        kind="invoice_copy", language="ru", invoice_numbers="NH-24-0809", amount="1680000.00", currency="KZT",
        issue_date="2024-10-22", due_date="2024-11-11", payment_terms_days="20", needs_human=False, note="KZT, VAT 12%")

    add("schet_pereslan_iz_1c", staff_mail(
        "ru-i9", BELOV, A("Андрей Петров", "a.petrov@stroyholod-invest.ru"),
        "Fwd: Счет на оплату № NH-24-0810 от 23 октября 2024 г.", rfcdate("2024-10-23 09:15:02", MSK),
        text("""Андрей Викторович, пересылаю счёт по допработам, которые обсуждали.

Дмитрий

-------- Пересылаемое сообщение --------
От: 1С:Бухгалтерия <noreply-1c@norrvik-holod.ru>
Дата: 23.10.2024 9:02
Тема: Счет на оплату № NH-24-0810 от 23 октября 2024 г.

Поставщик: ООО "Норрвик Холод", ИНН 7701234567, КПП 770101001
Покупатель: ООО "СтройХолод Инвест"
Счет на оплату № NH-24-0810 от 23 октября 2024 г.

1  Монтаж дополнительного воздухоохладителя   1 шт   220 000,00
Итого:                                              220 000,00
Сумма НДС (20%):                                     44 000,00
Всего к оплате:                                     264 000,00

Всего наименований 1, на сумму 264 000,00 руб.
Срок оплаты: 21.11.2024
""")),
        kind="invoice_copy", language="ru", invoice_numbers="NH-24-0810", amount="264000.00", currency="RUB",
        issue_date="2024-10-23", due_date="2024-11-21", payment_terms_days="", needs_human=False,
        note="1C-generated invoice forwarded by staff; 'Итого' 220,000 is net, 'Всего к оплате' 264,000 is due")

    add("schet_nds_sverhu_bez_itogo", staff_mail(
        "ru-i10", GAREEVA, A("ГБУЗ «Городская больница № 3»", "kontrakt@gb3-tver.ru"),
        "Счёт NH-24-0811 по контракту 0136200003624001187", rfcdate("2024-10-24 14:22:09", MSK),
        text("""Добрый день!

По контракту № 0136200003624001187 направляем счёт № NH-24-0811 от
24.10.2024 за поставку фармацевтического холодильника ХФ-700.

Стоимость товара без НДС: 350 000,00 руб.
НДС 20%: 70 000,00 руб.

Оплата в срок не более 7 рабочих дней с даты подписания документа о
приёмке в ЕИС (ч. 13.1 ст. 34 Закона № 44-ФЗ). Документ о приёмке
размещён в ЕИС 24.10.2024.

С уважением,
Марина Гареева
""")),
        kind="invoice_copy", language="ru", invoice_numbers="NH-24-0811", amount="420000.00", currency="RUB",
        issue_date="2024-10-24", due_date="", payment_terms_days="", needs_human=True,
        note="net + VAT stated, gross 420,000 never written; due 7 working days after the customer signs acceptance (date unknown)")

    # ------------------------------------------------------------ client replies
    add("otvet_zarechye_rassrochka", reply(
        "ru-r1", U2, A("Бухгалтерия АО «Заречье»", "oplata@zarechye-milk.ru"), rfcdate("2024-10-02 15:12:30", YEKT),
        """Добрый день.

В связи с кассовым разрывом просим согласовать погашение задолженности
по счёту NH-24-0698 двумя равными платежами по 627 000,00 руб. — до
18.10.2024 и до 15.11.2024. Гарантийное письмо направим при согласии.

С уважением,
главный бухгалтер Л. В. Шадрина
"""),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0698", amount="627000.00", currency="RUB",
        intent="plan_request", original_message_id=U2.id, needs_human=True, note="2 x 627,000")

    add("otvet_holodput_zavtra_novosibirsk", reply(
        "ru-r2", U3, A("Финансовый отдел «Холодный путь»", "finance@holodput.ru"), rfcdate("2024-10-08 00:20:44", NOVT),
        """Добрый вечер! Счёт согласован директором, завтра отправим платёжку.

--
Ольга Миронова
ООО «ТК Холодный путь», Новосибирск
"""),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0705", currency="RUB", intent="promise",
        promised_date="2024-10-09", original_message_id=U3.id, needs_human=False,
        note="Tue 08 Oct 00:20 Novosibirsk (= Mon 07 Oct 20:20 MSK, 17:20 UTC): 'завтра' = 2024-10-09 in the sender's zone")

    add("otvet_holodput_perenos", reply(
        "ru-r3", U3, A("Финансовый отдел «Холодный путь»", "finance@holodput.ru"), rfcdate("2024-10-09 11:05:10", NOVT),
        """Коллеги, извините — сегодня оплатить не получится, казначейство
холдинга вернуло заявку на доработку. Перенесём на понедельник, 14.10.

Ольга

08.10.2024 0:20, Финансовый отдел «Холодный путь» пишет:
> Добрый вечер! Счёт согласован директором, завтра отправим платёжку.
""", quote=False),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0705", currency="RUB", intent="promise",
        promised_date="2024-10-14", original_message_id=U3.id, needs_human=False,
        note="retracts the 9 Oct promise and replaces it with Mon 14 Oct")

    add("otvet_guseinov_na_sleduyushchey_nedele", reply(
        "ru-r4", U4, A("Рашид Гусейнов", "guseinov.ip@mail.ru"), rfcdate("2024-10-04 18:40:01", MSK),
        """Здравствуйте. Да помню, на следующей неделе оплачу. Сейчас сезон
закончился, денег мало.

Отправлено из мобильной Почты Mail
"""),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0716", currency="RUB", intent="promise",
        promised_date="2024-10-11", original_message_id=U4.id, needs_human=False,
        note="bare 'next week' from Fri 4 Oct -> deadline = Friday 11 Oct (last business day of that week)")

    add("otvet_karavai_stop", reply(
        "ru-r5", U6, A("Пекарня Каравай", "zakaz@karavai-spb.ru"), rfcdate("2024-10-08 12:31:17", MSK),
        """Прошу исключить этот адрес из вашей рассылки. Это ящик для заказов
хлеба, вопросы оплаты решает бухгалтерия по телефону. Спасибо.
"""),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0719", currency="RUB", intent="stop",
        original_message_id=U6.id, needs_human=True, note="")

    add("otvet_gb3_lbo_uslovno", reply(
        "ru-r6", U7, A("Контрактная служба ГБУЗ ГБ № 3", "kontrakt@gb3-tver.ru"), rfcdate("2024-10-08 16:02:55", MSK),
        """Добрый день.

Сообщаем, что оплата по счёту NH-24-0703 будет произведена после
доведения казначейством лимитов бюджетных обязательств, ориентировочно
до 25.10.2024. Просим отнестись с пониманием.

Контрактный управляющий
Е. А. Смирнова
""", style="outlook"),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0703", currency="RUB", intent="promise",
        promised_date="2024-10-25", original_message_id=U7.id, needs_human=True,
        note="conditional on treasury budget limits; 'approximately by 25 Oct'")

    add("otvet_myasnoy_dvor_spor", reply(
        "ru-r7", U8, A("Бухгалтерия «Мясной двор»", "bux@myasnoy-dvor.ru"), rfcdate("2024-10-09 14:46:38", MSK),
        """Добрый день!

Оплачивать счёт NH-24-0714 не будем до устранения замечаний. Работы
выполнены не в полном объёме: пусконаладка камеры № 3 не проведена,
температура не выходит на −18 °C. УПД мы не подписали и вернули через
ЭДО с отказом. Претензия будет направлена отдельным письмом.

Главный инженер
С. Н. Ткаченко
"""),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0714", currency="RUB", intent="dispute",
        original_message_id=U8.id, needs_human=True, note="")

    add("otvet_kristall_rekvizity", reply(
        "ru-r8", U9, A("Ледовая арена «Кристалл»", "info@arena-kristall.ru"), rfcdate("2024-10-09 17:20:02", MSK),
        """Здравствуйте!

Пришлите, пожалуйста, карточку предприятия с полными реквизитами и
подписанный счёт с печатью — в присланном счёте не указан КПП, наша
бухгалтерия его не принимает.

Администратор арены
Игорь
"""),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0720", currency="RUB", intent="payment_details",
        original_message_id=U9.id, needs_human=True, note="asks for company details card (реквизиты) and KPP")

    add("otvet_shymkent_ne_ranshe", reply(
        "ru-r9", U10, A("Shymkent Agro Finance", "finance@shymkentagro.kz"), rfcdate("2024-10-10 16:15:40", ALMT),
        """Добрый день!

До конца месяца оплатить, к сожалению, не сможем — ждём возврат НДС.
Оплату произведём 5 ноября.

С уважением,
Айгерим Сапарова
ТОО «Шымкент Агро»
"""),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0722", currency="KZT", intent="promise",
        promised_date="2024-11-05", original_message_id=U10.id, needs_human=False,
        note="negated sentence ('cannot before month end') followed by a firm date")

    add("otvet_pharmlogistic_oplacheno_pp", reply(
        "ru-r10", U11, A("ООО «ФармЛогистик» бухгалтерия", "ap@pharmlogistic.ru"), rfcdate("2024-10-11 10:38:12", MSK),
        """Добрый день!

Счёт NH-24-0710 оплачен платёжным поручением № 4417 от 10.10.2024 на
сумму 645 600,00 руб. Копию платёжки прикладываем.

Бухгалтерия ООО «ФармЛогистик»
""", threaded=False, quote=False, subject="Оплата счёта NH-24-0710"),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0710", amount="645600.00", currency="RUB",
        intent="paid_claim", payment_date="2024-10-10", original_message_id="", needs_human=True,
        note="new mail, not threaded; payment order date 10.10 (bank credit arrives 11.10); says a copy is attached but nothing is attached")

    add("otvet_zerno_ne_poluchali", reply(
        "ru-r11", U12, A("Кофейня Зерно", "zerno.coffee@yandex.ru"), rfcdate("2024-10-14 13:55:29", MSK),
        """Здравствуйте, а какой счёт? Мы ничего не получали. Пришлите,
пожалуйста, ещё раз и акт к нему.

Ксения
""", style="gmail"),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0724", currency="RUB", intent="not_received",
        original_message_id=U12.id, needs_human=True, note="")

    add("otvet_uralhlad_chast_oplaty_pretenziya", reply(
        "ru-r12", U13, A("АО «Уральский хладокомбинат»", "dogovor@uralhlad.ru"), rfcdate("2024-10-15 17:42:03", YEKT),
        """Уважаемые коллеги!

Оплату в неоспариваемой части — 1 764 000,00 руб. — произведём до
18.10.2024. Стоимость пусконаладочных работ в размере 252 000,00 руб. мы
оспариваем: работы приняты с замечаниями, акт не подписан. Претензия
№ 118 направлена почтой.

Начальник договорного отдела
Р. Р. Галиев
"""),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0711", amount="252000.00", currency="RUB",
        intent="dispute", promised_date="", original_message_id=U13.id, needs_human=True,
        note="promise (1,764,000 by 18 Oct) + dispute (252,000) -> dispute, promised_date empty")

    add("otvet_stroyholod_akt_sverki", reply(
        "ru-r13", U14, A("Андрей Петров", "a.petrov@stroyholod-invest.ru"), rfcdate("2024-10-16 11:10:48", MSK),
        """Добрый день!

По нашим данным, счёт NH-24-0706 был закрыт взаимозачётом в сентябре.
Можете прислать акт сверки взаиморасчётов за III квартал? Сверимся и
тогда вернёмся к вопросу.

А. В. Петров
"""),
        kind="client_reply", language="ru", invoice_numbers="NH-24-0706", currency="RUB", intent="question",
        original_message_id=U14.id, needs_human=True,
        note="asks for a reconciliation statement; claims a netting (set-off), not a payment - labelled question")

    # ------------------------------------------------------------ payment confirmations
    def vostok(seed, date, body):
        return mail(seed, A("Банк Восток", "noreply@vostokbank.ru"), BOT, "Поступление на счёт 40702810400000012345",
                    date, text(body), auth=ar("vostokbank.ru"), crlf=True)

    add("platezh_vostok_sevryba", vostok("ru-p1", rfcdate("2024-10-03 09:12:00", MSK), """Уважаемый клиент!

На ваш счёт 40702810400000012345 поступили средства.

Дата операции:       03.10.2024
Сумма:               486 000,00 RUB
Плательщик:          ООО "СЕВЕРНАЯ РЫБА", ИНН 5190012345
Назначение платежа:  Оплата по счету NH-24-0712 от 13.09.2024 за ремонт
                     холодильного оборудования. В т.ч. НДС 20% 81000-00

АО «Банк Восток». Это автоматическое уведомление, отвечать на него не нужно.
"""),
        kind="payment_confirmation", language="ru", invoice_numbers="NH-24-0712", amount="486000.00", currency="RUB",
        payment_date="2024-10-03", payment_full=True, needs_human=False, note="VAT amount written 81000-00 in the purpose line")

    add("platezh_steppebank_almatyfrost_dva_scheta", mail(
        "ru-p2", A("Степь Банк", "notify@steppebank.kz"), BOT, "Зачисление на счёт KZ86...2345", rfcdate("2024-10-09 11:30:00", ALMT),
        text("""Уважаемый клиент!

На ваш счёт KZ86 9470 398 0000 12345 (KZT) зачислены средства.

Дата валютирования: 09.10.2024
Сумма: 6 770 000,00 KZT
Отправитель: ТОО "АЛМАТЫ ФРОСТ ЛОГИСТИК", БИН 150840023456
КНП: 859
Назначение: Оплата по счетам NH-24-0701 - 4 850 000,00; NH-24-0709 - 1 920 000,00

АО «Степь Банк»
"""), auth=ar("steppebank.kz")),
        kind="payment_confirmation", language="ru", invoice_numbers="NH-24-0701;NH-24-0709", amount="6770000.00",
        currency="KZT", payment_date="2024-10-09", payment_full=True,
        allocations="NH-24-0701=4850000.00;NH-24-0709=1920000.00", needs_human=False, note="")

    add("platezh_yookassa_guseinov", mail(
        "ru-p3", A("ЮKassa", "no-reply@yookassa.ru"), BOT, "Платёж успешно проведён: 54 600,00 ₽",
        rfcdate("2024-10-11 13:47:22", MSK),
        multi("alternative", [text("""Платёж успешно проведён

Магазин:        ООО «Норрвик Холод»
Сумма:          54 600,00 ₽
Описание:       Оплата счета NH-24-0716
Способ оплаты:  СБП
Дата:           11.10.2024 13:47 (МСК)
ID платежа:     2e9a1c7f-000f-5000-8000-1b3f4a6c8d20

ЮKassa
"""), text("""<html><body><h3>Платёж успешно проведён</h3><p>Сумма: <b>54&nbsp;600,00&nbsp;&#8381;</b><br>
Описание: Оплата счета NH-24-0716<br>Способ оплаты: СБП<br>Дата: 11.10.2024 13:47 (МСК)</p></body></html>""", sub="html")],
            "ru-p3"), auth=ar("yookassa.ru")),
        kind="payment_confirmation", language="ru", invoice_numbers="NH-24-0716", amount="54600.00", currency="RUB",
        payment_date="2024-10-11", payment_full=True, needs_human=False, note="kept the 'next week' promise")

    add("platezh_vostok_pharmlogistic", vostok("ru-p4", rfcdate("2024-10-11 09:05:00", MSK), """Уважаемый клиент!

На ваш счёт 40702810400000012345 поступили средства.

Дата операции:       11.10.2024
Сумма:               645 600,00 RUB
Плательщик:          ООО "ФАРМЛОГИСТИК", ИНН 7728123456
Платёжное поручение: № 4417 от 10.10.2024
Назначение платежа:  Оплата по сч. NH-24-0710 от 20.09.2024, в т.ч. НДС 107600-00

АО «Банк Восток». Это автоматическое уведомление, отвечать на него не нужно.
"""),
        kind="payment_confirmation", language="ru", invoice_numbers="NH-24-0710", amount="645600.00", currency="RUB",
        payment_date="2024-10-11", payment_full=True, needs_human=False,
        note="credited 11.10 from a payment order dated 10.10; value date = 11.10")

    add("platezh_vostok_uralhlad_chastichno", vostok("ru-p5", rfcdate("2024-10-18 09:40:00", MSK), """Уважаемый клиент!

На ваш счёт 40702810400000012345 поступили средства.

Дата операции:       18.10.2024
Сумма:               1 764 000,00 RUB
Плательщик:          АО "УРАЛЬСКИЙ ХЛАДОКОМБИНАТ", ИНН 6659012345
Назначение платежа:  Частичная оплата по счету NH-24-0711 (неоспариваемая
                     часть), в т.ч. НДС 294000-00

АО «Банк Восток». Это автоматическое уведомление, отвечать на него не нужно.
"""),
        kind="payment_confirmation", language="ru", invoice_numbers="NH-24-0711", amount="1764000.00", currency="RUB",
        payment_date="2024-10-18", payment_full=False, needs_human=False,
        note="declared partial payment; the disputed 252,000 stays open")

    # ------------------------------------------------------------ forged (IDN homograph)
    add("prochee_bank_vostok_gomograf", mail(
        "ru-f1", A("Банк Восток", "noreply@xn--vostokbnk-6yh.ru"), BOT, "Поступление на счёт 40702810400000012345",
        rfcdate("2024-10-19 03:12:45", MSK),
        text("""Уважаемый клиент!

На ваш счёт 40702810400000012345 поступили средства.

Дата операции:       19.10.2024
Сумма:               2 016 000,00 RUB
Плательщик:          АО "УРАЛЬСКИЙ ХЛАДОКОМБИНАТ"
Назначение платежа:  Полная оплата по счету NH-24-0711

Для подтверждения зачисления войдите в интернет-банк:
https://xn--vostokbnk-6yh.ru/login

АО «Банк Восток».
"""), auth=ar("xn--vostokbnk-6yh.ru")),
        kind="other", language="ru", invoice_numbers="NH-24-0711", amount="2016000.00", currency="RUB", needs_human=True,
        note="IDN homograph vostokbаnk.ru (Cyrillic 'а', punycode xn--vostokbnk-6yh.ru) passes its own DMARC; not the configured notifier; claims the full disputed amount")

    # ------------------------------------------------------------ bounces
    koi_bounce = """Это сообщение создано автоматически сервером mail.tehnoholod-nn.ru.

К сожалению, ваше письмо не может быть доставлено одному или нескольким
получателям. Это постоянная ошибка, дальнейшие попытки доставки не
будут предприниматься.

  snab@tehnoholod-nn.ru
    ошибка SMTP от удалённого сервера после RCPT TO:<snab@tehnoholod-nn.ru>:
    550 5.1.1 <snab@tehnoholod-nn.ru>: Recipient address rejected: Такого
    почтового ящика не существует

------ Заголовки исходного письма ------

""" + T.rfc822_headers(U15) + "\n"
    add("bounce_koi8r_tehnoholod_net_yashchika", mail(
        "ru-b1", A("Почтовая система", "MAILER-DAEMON@mail.tehnoholod-nn.ru", "koi8-r"), BOT,
        "Письмо не доставлено: " + T.subject(U15), rfcdate("2024-10-17 10:00:38", MSK),
        text(koi_bounce, cs="koi8-r", cte="8bit"), auth=ar("mail.tehnoholod-nn.ru", dkim="none", dmarc="none", mailfrom="<>"),
        hcs="koi8-r", extra=[("X-Failed-Recipients", "snab@tehnoholod-nn.ru"), ("Auto-Submitted", "auto-replied")]),
        kind="bounce", language="ru", invoice_numbers="NH-24-0718", failed_recipients="snab@tehnoholod-nn.ru",
        bounce_permanent=True, bounce_reason="user_unknown", original_message_id=U15.id, needs_human=True,
        note="Russian non-RFC3464 bounce in KOI8-R 8bit")

    add("bounce_forward_arcticfish_dmarc", dsn(
        "ru-b2", U16, failed="arcticfish.director@gmail.com", frm=A("Mail Delivery System", "MAILER-DAEMON@mx.arctic-fish.ru"),
        date=rfcdate("2024-10-17 10:05:31", MSK), subject="Undelivered Mail Returned to Sender",
        human="""This is the mail system at host mx.arctic-fish.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<arcticfish.director@gmail.com> (expanded from <info@arctic-fish.ru>): host
    gmail-smtp-in.l.google.com[142.250.150.27] said: 550-5.7.26 Unauthenticated
    email from norrvik-cold.com is not accepted due to domain's DMARC policy.
    550-5.7.26 Please contact the administrator of norrvik-cold.com domain if
    this was a legitimate mail. 550 5.7.26 DMARC policy violation (in reply to
    end of DATA command)
""", status="5.7.26", action="failed",
        diag="smtp; 550-5.7.26 Unauthenticated email from norrvik-cold.com is not\n    accepted due to domain's DMARC policy. 550 5.7.26 DMARC policy violation",
        reporting_mta="mx.arctic-fish.ru", remote_mta="gmail-smtp-in.l.google.com", orig_rcpt="info@arctic-fish.ru",
        per_msg_extra="X-Postfix-Queue-ID: 4XTbL21v0Sz3wq\nX-Postfix-Sender: rfc822; ar@norrvik-cold.com",
        arrival=rfcdate("2024-10-17 10:05:27", MSK), include="full"),
        kind="bounce", language="en", invoice_numbers="NH-24-0715", failed_recipients="info@arctic-fish.ru",
        bounce_permanent=True, bounce_reason="policy", original_message_id=U16.id, needs_human=True,
        note="forwarding failure: our recipient info@arctic-fish.ru is forwarded to a Gmail address that rejects on DMARC; Final-Recipient is the Gmail address, labelled the address we sent to (Original-Recipient)")

    add("bounce_exchange_zaderzhka", dsn(
        "ru-b3", U17, failed="buh@belozerie-agro.ru", frm=A("Microsoft Exchange", "postmaster@belozerie-agro.ru"),
        date=rfcdate("2024-10-18 14:02:11", MSK), subject="Задержка доставки: " + T.subject(U17),
        human="""Доставка еще не завершена для следующих получателей или групп:

buh@belozerie-agro.ru
Сообщение еще не доставлено. Попытки доставки будут продолжены.

Сервер будет пытаться доставлять сообщение в течение 1 дн. 19 ч. 57 мин.
Вы получите уведомление, если доставка не будет выполнена в течение этого
времени.

Диагностическая информация для администраторов:
Создающий сервер: EXCH01.belozerie.local
Remote Server at agro-edge.belozerie-agro.ru returned '400 4.4.7 Message delayed'
""", human_cs="utf-8", human_cte="base64", status="4.4.7", action="delayed",
        diag="smtp;400 4.4.7 Message delayed", reporting_mta="EXCH01.belozerie.local",
        remote_mta="agro-edge.belozerie-agro.ru", extra_fields="Will-Retry-Until: Sun, 20 Oct 2024 09:00:00 +0000",
        auth=ar("belozerie-agro.ru", dkim="pass", dmarc="pass", mailfrom="<>"),
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]),
        kind="bounce", language="ru", invoice_numbers="NH-24-0721", failed_recipients="buh@belozerie-agro.ru",
        bounce_permanent=False, bounce_reason="other", original_message_id=U17.id, needs_human=False,
        note="Exchange delay notification in Russian (base64), 4.4.7; not final")

    # ------------------------------------------------------------ auto-replies
    add("avtootvet_kuznetsova_otpusk", auto_reply(
        "ru-a1", U18, A("Елена Кузнецова", "e.kuznetsova@sevryba.ru"), rfcdate("2024-10-21 10:00:19", MSK),
        "Автоответ: " + T.subject(U18),
        """Добрый день!

Я нахожусь в отпуске до 1 ноября включительно, на работу выхожу 5 ноября.
По срочным вопросам оплаты обращайтесь, пожалуйста, к главному бухгалтеру
Татьяне Павловне: buh@sevryba.ru, +7 8152 45-12-00.

С уважением,
Елена Кузнецова
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer-Autoreply", "Yandex 360")]),
        kind="auto_reply", language="ru", invoice_numbers="NH-24-0727", return_date="2024-11-05",
        original_message_id=U18.id, needs_human=False, note="return after the 4 Nov public holiday")

    add("avtootvet_turetskiy", auto_reply(
        "ru-a2", U19, A("Ayşe Demir", "a.demir@anatoliafood.ru", "iso-8859-9"), rfcdate("2024-10-28 10:00:52", MSK),
        "Ofis dışı: " + T.subject(U19).replace("Напоминание об оплате: счёт", "Napominanie ob oplate: schet"),
        """Merhaba,

28 Ekim - 1 Kasım tarihleri arasında yıllık izindeyim. 4 Kasım Pazartesi
günü ofiste olacağım. Acil ödeme konuları için lütfen muhasebe@anatoliafood.ru
adresine yazınız.

Saygılarımla,
Ayşe Demir
Anatolia Food Rus - Finans
""", cs="iso-8859-9", cte="quoted-printable", hcs="iso-8859-9", hmethod="Q"),
        kind="auto_reply", language="tr", invoice_numbers="NH-24-0729", return_date="2024-11-04",
        original_message_id=U19.id, needs_human=False,
        note="Turkish, ISO-8859-9 QP, no RFC 3834 headers; subject transliterated the Russian part")

    add("avtootvet_polskiy", auto_reply(
        "ru-a3", U20, A("Krzysztof Nowak", "k.nowak@polmark.kz"), rfcdate("2024-10-15 10:00:33", ALMT),
        "Odp: " + T.subject(U20).replace("Напоминание об оплате: счёт", "Przypomnienie o platnosci:"),
        """Dzień dobry,

dziękuję za wiadomość. Jestem na urlopie do piątku 18 października.
Wracam do biura w poniedziałek 21 października i wtedy odpowiem.

W pilnych sprawach proszę kontaktować się z biurem w Ałmaty:
office@polmark.kz.

Pozdrawiam
Krzysztof Nowak
Polmark Logistics Kazakhstan
""", cs="iso-8859-2", cte="quoted-printable"),
        kind="auto_reply", language="pl", invoice_numbers="NH-24-0723", return_date="2024-10-21",
        original_message_id=U20.id, needs_human=False,
        note="Polish, ISO-8859-2 QP, subject prefix 'Odp:' only, no RFC 3834 headers")

    # ------------------------------------------------------------ read receipts
    add("prochitano_myasnoy_outlook", mdn(
        "ru-rr1", U8, frm=A("Бухгалтерия «Мясной двор»", "bux@myasnoy-dvor.ru"), date=rfcdate("2024-10-09 10:21:04", MSK),
        subject="Прочитано: " + T.subject(U8),
        human="""Ваше сообщение

    Кому: bux@myasnoy-dvor.ru
    Тема: %s
    Отправлено: 09.10.2024 10:00

было прочитано 09.10.2024 10:21.
""" % T.subject(U8), ua="Microsoft Outlook 16.0", final_rcpt="bux@myasnoy-dvor.ru",
        disposition="manual-action/MDN-sent-automatically; displayed", auth=ar("myasnoy-dvor.ru"), irt=False),
        kind="read_receipt", language="ru", invoice_numbers="NH-24-0714", original_message_id=U8.id, needs_human=False,
        note="Russian Outlook 'Прочитано:'")

    add("prochitano_kristall_thunderbird", mdn(
        "ru-rr2", U9, frm=A("Ледовая арена «Кристалл»", "info@arena-kristall.ru"), date=rfcdate("2024-10-09 16:58:40", MSK),
        subject="Уведомление о прочтении (показано) - " + T.subject(U9),
        human="""Это уведомление о прочтении сообщения, отправленного вами на адрес info@arena-kristall.ru.

Примечание: Это уведомление о прочтении гарантирует лишь то, что сообщение было отображено на компьютере получателя. Нет гарантии, что получатель прочитал или понял содержимое сообщения.
""", ua="Mozilla Thunderbird", final_rcpt="info@arena-kristall.ru", auth=ar("arena-kristall.ru")),
        kind="read_receipt", language="ru", invoice_numbers="NH-24-0720", original_message_id=U9.id, needs_human=False,
        note="Russian Thunderbird MDN")

    add("prochitano_shymkent_thebat_cp1251", mdn(
        "ru-rr3", U10, frm=A("Shymkent Agro Finance", "finance@shymkentagro.kz"), date=rfcdate("2024-10-10 15:30:12", ALMT),
        subject="Уведомление о прочтении: " + T.subject(U10),
        human="""Ваше сообщение
  Кому: finance@shymkentagro.kz
  Тема: %s
было прочитано 10.10.2024 в 15:30 (+05:00).
""" % T.subject(U10), human_cs="windows-1251", human_cte="quoted-printable", ua="The Bat! (v10.5.3) Professional",
        final_rcpt="finance@shymkentagro.kz", auth=ar("shymkentagro.kz", dmarc="none")),
        kind="read_receipt", language="ru", invoice_numbers="NH-24-0722", original_message_id=U10.id, needs_human=False,
        note="The Bat! MDN, windows-1251 QP")

    # ------------------------------------------------------------ challenge
    add("challenge_freshkzn_ssylka", mail(
        "ru-c1", A("Антиспам Fresh Market", "antispam@fresh-market-kzn.ru"), BOT,
        "Подтвердите отправку письма на sklad@fresh-market-kzn.ru", rfcdate("2024-10-22 10:00:41", MSK),
        text("""Здравствуйте!

Ваше письмо на адрес sklad@fresh-market-kzn.ru с темой
«%s» задержано системой защиты от спама.

Чтобы письмо было доставлено, подтвердите, что вы не робот, перейдя по
ссылке (действительна 3 суток):

https://antispam.fresh-market-kzn.ru/confirm/7Hk2Qp9xLw?lang=ru

Если вы не отправляли это письмо, просто проигнорируйте это сообщение.
""" % T.subject(U21)), auth=ar("fresh-market-kzn.ru"), irt=U21.id, refs=[U21.id],
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "junk")]),
        kind="challenge", language="ru", invoice_numbers="NH-24-0725", original_message_id=U21.id, needs_human=True,
        challenge="https://antispam.fresh-market-kzn.ru/confirm/7Hk2Qp9xLw?lang=ru", note="")

    # ------------------------------------------------------------ staff commands
    add("staff_oplata_chastichnaya_zarechye", staff_mail(
        "ru-s1", SOKOLOVA, BOT, "оплата NH-24-0698", rfcdate("2024-10-18 12:30:05", MSK),
        text("""оплата NH-24-0698 627000,00 RUB 18.10.2024

Первый платёж по графику от «Заречья» пришёл, п/п № 2291.
Второй — до 15.11.2024.
"""), cc=None),
        kind="staff_command", language="ru", invoice_numbers="NH-24-0698", amount="627000.00", currency="RUB",
        payment_date="2024-10-18", needs_human=False, note="partial payment recorded by staff (first of two instalments)")

    add("staff_spor_myasnoy_proza", staff_mail(
        "ru-s2", BELOV, BOT, "Мясной двор — не напоминать", rfcdate("2024-10-10 09:02:48", MSK),
        text("""Коллеги, по «Мясному двору» (счёт NH-24-0714) — спор: акт не
подписан, пока не доделаем пусконаладку третьей камеры. Напоминания им
не отправляйте до моего сигнала.

Д. Белов
"""), cc=None),
        kind="staff_command", language="ru", invoice_numbers="NH-24-0714", currency="RUB", needs_human=False,
        note="prose: mark disputed / pause until further notice")

    # ------------------------------------------------------------ other
    add("prochee_edo_akt_sverki", mail(
        "ru-o1", A("Диадок", "robot@diadoc.ru"), BOT,
        "ООО «Северная рыба» отправило вам документ: Акт сверки", rfcdate("2024-10-24 11:05:17", MSK),
        text("""Здравствуйте!

Контрагент ООО «Северная рыба» (ИНН 5190012345) отправил вашей
организации ООО «Норрвик Холод» документ:

  Акт сверки взаимных расчётов за период 01.07.2024 – 30.09.2024
  Сальдо на 30.09.2024: 0,00 руб.

Документ требует подписи. Открыть: https://diadoc.kontur.ru/doc/8c1e4f...

Это письмо отправлено автоматически, отвечать на него не нужно.
"""), auth=ar("diadoc.ru")),
        kind="other", language="ru", needs_human=True,
        note="EDI operator notification: a reconciliation statement awaits signature; not a payment")

    add("prochee_fns_fishing", mail(
        "ru-o2", A("ФНС России", "uvedomlenie@nalog-gov.info"), BOT,
        "Требование о представлении пояснений № 14-07/2291", rfcdate("2024-10-25 07:42:10", MSK),
        multi("mixed", [text("""Уважаемый налогоплательщик!

В ходе камеральной проверки выявлены расхождения в книге продаж.
Вам необходимо в течение 5 рабочих дней представить пояснения.
Подробности во вложении.

Федеральная налоговая служба
"""), attach(_zip(), "application/zip", "Trebovanie_14-07-2291.zip")], "ru-o2"),
        auth=ar("nalog-gov.info", dmarc="none")),
        kind="other", language="ru", needs_human=False, note="phishing imitating the tax service (ZIP attachment); not AR")

    add("prochee_zapros_scheta_na_predoplatu", mail(
        "ru-o3", A("Айгерим Сапарова", "finance@shymkentagro.kz"), BOT,
        "Счёт на предоплату по договору 12/24-К", rfcdate("2024-10-29 12:18:44", ALMT),
        text("""Добрый день!

Просим выставить счёт на предоплату 30% по дополнительному соглашению
№ 2 к договору 12/24-К (монтаж второй камеры шоковой заморозки).
Оплату по нему проведём сразу после получения.

С уважением,
Айгерим Сапарова
ТОО «Шымкент Агро»
"""), auth=ar("shymkentagro.kz")),
        kind="other", language="ru", needs_human=True,
        note="client asks us to issue a new invoice; known contact but not about an open invoice and not threaded")

    return d.entries

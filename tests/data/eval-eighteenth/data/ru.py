"""Russia/Kazakhstan desk: RUB and KZT; Sberbank (SBBOL), Tochka, Kaspi Business."""
from __future__ import annotations

from datetime import date

from common import BOT_ADDR, dsn_report, mdn_report, reminder_headers, reminder_message, sent_date, thread
from mailkit import (BOT, L, Leaf, Msg, Multi, Reminder, addr, ar, attach, html, mail, money, pdf, quote, text)

DESK = "ru"
TZ = "+0300"
KZ = "+0500"
DOMAIN = "wrenfield-vet.ru"
ANNA = addr("Анна Волкова", "a.volkova@wrenfield-vet.ru")
ANNA_K = addr("Анна Волкова", "a.volkova@wrenfield-vet.ru", "koi8-r")
DMITRY = addr("Дмитрий Сергеев", "d.sergeev@wrenfield-vet.ru", "windows-1251")
AIGERIM = addr("Айгерим Нурланова", "a.nurlanova@wrenfield-vet.ru")
STAFF = ["a.volkova@wrenfield-vet.ru", "d.sergeev@wrenfield-vet.ru", "a.nurlanova@wrenfield-vet.ru"]
NOTIFIERS = ["noreply@sberbank.ru", "notify@tochka.com", "business@kaspi.kz"]
HOST = "mx.wrenfield-vet.ru"


def R(sent, rcpt, name, invs, amts, cur, due):
    subj = (f"Напоминание об оплате: счёт {invs[0]}" if len(invs) == 1
            else f"Напоминание об оплате: открытые счета – {name}")
    return Reminder(DESK, sent, rcpt, name, invs, amts, cur, due, "ru", subj)


U1 = R("2026-11-02", "buh@aibolit-center.ru", "ООО «Айболит-Центр»", ["WVR-26-0360"], [42900.00], "RUB", ["2026-10-27"])
U2 = R("2026-11-03", "oplata@vetlabsib.ru", "ООО «ВетЛабСиб»", ["WVR-26-0371", "WVR-26-0376"], [54000.00, 23760.00], "RUB", ["2026-10-23", "2026-10-28"])
U3 = R("2026-11-05", "fin@privolzhsky-agro.ru", "ООО «Агрохолдинг Приволжский»", ["WVR-26-0388", "WVR-26-0392"], [64800.00, 32600.00], "RUB", ["2026-10-30", "2026-11-01"])
U4 = R("2026-11-06", "office@belyklyk.spb.ru", "Клиника «Белый клык»", ["WVR-26-0395"], [87120.00], "RUB", ["2026-11-02"])
U5 = R("2026-11-09", "buh@vetmed-almaty.kz", "ТОО «ВетМед Алматы»", ["WVK-26-0081"], [612000.00], "KZT", ["2026-11-05"])
U6 = R("2026-11-10", "finance@astana-agrovet.kz", "ТОО «Астана Агро Вет»", ["WVK-26-0084"], [1850000.00], "KZT", ["2026-11-06"])
U7 = R("2026-11-11", "zhetysu.kh@mail.kz", "КХ «Жетысу»", ["WVK-26-0087"], [276000.00], "KZT", ["2026-11-07"])
U8 = R("2026-11-12", "lebedeva.vetapteka@mail.ru", "ИП Лебедева О. В.", ["WVR-26-0402"], [18450.00], "RUB", ["2026-11-08"])
U9 = R("2026-11-16", "kc-sever@yandex.ru", "Кинологический центр «Север»", ["WVR-26-0407"], [31200.00], "RUB", ["2026-11-12"])
U10 = R("2026-11-17", "info@zoovet-ekb.ru", "Ветклиника «Зоовет»", ["WVR-26-0410"], [56700.00], "RUB", ["2026-11-13"])
U11 = R("2026-11-18", "buh@ksk-rusich.ru", "КСК «Русич»", ["WVR-26-0414"], [39600.00], "RUB", ["2026-11-14"])
U12 = R("2026-11-19", "dd-kazan@bk.ru", "Ветклиника «Добрый доктор»", ["WVR-26-0419", "WVR-26-0423"], [28500.00, 14300.00], "RUB", ["2026-11-15", "2026-11-17"])
U13 = R("2026-11-20", "murmansk.office@nordlaks-farm.no", "Nordlaks Havbruk (Мурманск)", ["WVR-26-0426"], [148200.00], "RUB", ["2026-11-16"])
U14 = R("2026-11-23", "buh@vetcentr-tula.ru", "Ветцентр «Тула-Вет»", ["WVR-26-0430"], [22800.00], "RUB", ["2026-11-19"])
U15 = R("2026-11-24", "info@agrovet-omsk.ru", "ООО «Агровет Омск»", ["WVR-26-0432"], [96400.00], "RUB", ["2026-11-20"])
U16 = R("2026-11-25", "buh@veterinar-kaluga.ru", "Ветклиника «Ветеринар»", ["WVR-26-0435"], [17650.00], "RUB", ["2026-11-21"])
U17 = R("2026-11-26", "office@zoosfera-perm.ru", "Зоосфера Пермь", ["WVR-26-0437"], [41300.00], "RUB", ["2026-11-22"])
U18 = R("2026-11-30", "buh@vettrade-yug.ru", "ООО «ВетТрейд Юг»", ["WVR-26-0439"], [63500.00], "RUB", ["2026-11-26"])
REMINDERS = [U1, U2, U3, U4, U5, U6, U7, U8, U9, U10, U11, U12, U13, U14, U15, U16, U17, U18]
OLD_INVOICES = ["WVR-26-0298"]


def amt(x: float, cur: str) -> str:
    return f"{money(x, 'ru')} руб." if cur == "RUB" else f"{money(x, 'ru')} тенге"


def rtext(r: Reminder) -> str:
    rows = "\n".join(f"  {i}   {amt(a, r.currency)}   срок оплаты {date.fromisoformat(dd):%d.%m.%Y}"
                     for i, a, dd in zip(r.invoices, r.amounts, r.due))
    bank = ("АО «Kaspi Bank», ИИК KZ72 722S 0000 1849 3310, БИК CASPKZKA, КБе 17" if r.currency == "KZT"
            else "ПАО Сбербанк, р/с 40702810938000184471, БИК 044525225")
    return (f"Добрый день!\n\nНадеемся, у вас всё хорошо и работа клиники идёт успешно.\n\n"
            f"Напоминаем, что по нашим данным не оплачены следующие счета {r.name}:\n\n{rows}\n\n"
            "Если оплата уже произведена, просим не обращать внимания на это письмо.\n"
            f"Реквизиты: {bank}. В назначении платежа укажите, пожалуйста, номер счёта.\n\n"
            "Если есть вопросы — просто ответьте на это письмо.\n\nС уважением,\nОтдел дебиторской задолженности\n"
            "ООО «Вренфилд Ветеринари Сапплай»\n")


def build_all() -> list[Msg]:
    M: list[Msg] = []

    def add(n, slug, raw, label):
        M.append(Msg(DESK, n, slug, raw, label))

    # ------------------------------------------------------------------ invoice copies
    b = ("Добрый день, Ольга Петровна!\n\nНаправляем счёт № WVR-26-0418 от 02.11.2026 на поставку ветеринарных препаратов\n"
         "(вакцины, антибиотики, анестетики) по заявке № 77.\n\nСумма к оплате: 136 180,00 руб., в т.ч. НДС 10% — 12 380,00 руб.\n"
         "Оплата в течение 14 календарных дней с даты счёта.\n\nУПД направим через Диадок после отгрузки.\n\n"
         "С уважением,\nАнна Волкова\nбухгалтер ООО «Вренфилд Ветеринари Сапплай»\nтел. +7 495 988-41-27\n")
    add(1, "schet_koi8r", mail("ru01", frm=ANNA_K, to=addr("Ольга Петровна", "buh@aibolit-center.ru", "koi8-r"), cc=BOT_ADDR,
                               subject="Счёт № WVR-26-0418 от 02.11.2026", subj_cs="koi8-r", date="2026-11-02 11:05", tz=TZ,
                               body=text(b, cs="koi8-r", cte="8bit"), host=HOST,
                               extra=[("X-Mailer", "The Bat! (v10.5.3) Professional")]),
        L("invoice_copy", "ru", invoice_numbers="WVR-26-0418", amount=136180.00, currency="RUB", issue_date="2026-11-02",
          due_date="2026-11-16", payment_terms_days=14, needs_human=False, note="koi8-r 8bit"))

    b = ("Уважаемый Игорь Николаевич!\n\nПо договору № 47/26 на оснащение ветеринарной лаборатории (общая стоимость договора\n"
         "2 340 000,00 руб., в т.ч. НДС) выставляем счёт на авансовый платёж 50%:\n\n"
         "  Счёт № WVR-26-0427 от 05.11.2026\n  Аванс 50% — 1 170 000,00 руб., в т.ч. НДС 22% — 210 983,61 руб.\n\n"
         "Просим оплатить до 12.11.2026 включительно. Оставшиеся 50% оплачиваются после подписания акта ввода в эксплуатацию.\n\n"
         "С уважением,\nДмитрий Сергеев\nруководитель сервисной службы\n")
    add(2, "avans_50", mail("ru02", frm=DMITRY, to=addr("Игорь Николаевич Рябов", "fin@privolzhsky-agro.ru", "windows-1251"),
                            cc=BOT_ADDR, subject="Счёт на аванс по договору 47/26", subj_cs="windows-1251",
                            date="2026-11-05 15:40", tz=TZ, body=text(b, cs="windows-1251"), host=HOST, eol="\r\n",
                            mid_style="outlook"),
        L("invoice_copy", "ru", invoice_numbers="WVR-26-0427", amount=1170000.00, currency="RUB", issue_date="2026-11-05",
          due_date="2026-11-12", needs_human=False, note="advance 50% of 2,340,000 contract; windows-1251 QP; CRLF"))

    hb = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'></head><body>"
          "<p>Добрый день!</p><p>Во вложении счёт на оплату за сервисное обслуживание рентгеновского аппарата и УЗИ.</p>"
          "<table border='1' cellpadding='4'><tr><td>Счёт</td><td>WVR-26-0433 от 09.11.2026</td></tr>"
          "<tr><td>Сумма без НДС</td><td>86 500,00</td></tr><tr><td>НДС 22%</td><td>19 030,00</td></tr>"
          "<tr><td><b>Всего к оплате</b></td><td><b>105 530,00 руб.</b></td></tr></table>"
          "<p>Срок оплаты — 30 календарных дней.</p><p>С уважением,<br>Анна Волкова</p></body></html>")
    tb = ("Добрый день!\n\nВо вложении счёт на оплату за сервисное обслуживание рентгеновского аппарата и УЗИ.\n\n"
          "Счёт WVR-26-0433 от 09.11.2026\nСумма без НДС: 86 500,00\nНДС 22%: 19 030,00\nВсего к оплате: 105 530,00 руб.\n\n"
          "Срок оплаты — 30 календарных дней.\n\nС уважением,\nАнна Волкова\n")
    add(3, "nds_netto_brutto_html", mail("ru03", frm=ANNA, to="office@belyklyk.spb.ru", cc=BOT_ADDR,
                                         subject="Счёт WVR-26-0433 (сервис)", date="2026-11-09 12:30", tz=TZ,
                                         body=Multi("alternative", text(tb, cs="windows-1251"), html(hb, cs="windows-1251"),
                                                    seed="ru03", style="nextpart"), host=HOST),
        L("invoice_copy", "ru", invoice_numbers="WVR-26-0433", amount=105530.00, currency="RUB", issue_date="2026-11-09",
          due_date="2026-12-09", payment_terms_days=30, needs_human=False, note="net 86,500 listed first; gross 105,530"))

    b = ("Сәлеметсіз бе, Данияр!\n\nНаправляю два счёта на оплату:\n\n"
         "1) WVK-26-0093 — биохимический анализатор VetScan VS2 — 1 245 600 ₸ (с НДС)\n"
         "2) WVK-26-0094 — расходные роторы, 4 упаковки — 318 400 ₸ (с НДС)\n\n"
         "Итого: 1 564 000 ₸. Счета от 10.11.2026, срок оплаты 30 дней.\n\nС уважением,\nАйгерим Нурланова\n"
         "Wrenfield Veterinary Supply, представительство в Алматы\n")
    add(4, "dva_scheta_kzt", mail("ru04", frm=AIGERIM, to=addr("Данияр Сейткали", "buh@vetmed-almaty.kz"), cc=BOT_ADDR,
                                  subject="Счета WVK-26-0093 и WVK-26-0094", date="2026-11-10 10:15", tz=KZ,
                                  body=text(b, cte="base64"), host=HOST, mid_style="gmail"),
        L("invoice_copy", "ru", invoice_numbers="WVK-26-0093;WVK-26-0094", amount=1564000.00, currency="KZT",
          issue_date="2026-11-10", due_date="2026-12-10", payment_terms_days=30, needs_human=False,
          note="two invoices, KZT; Kazakh greeting, Russian body; +0500"))

    fw = ("-------- Пересылаемое сообщение --------\n12.11.2026, 16:20, Дмитрий Сергеев <d.sergeev@wrenfield-vet.ru>:\n"
          "Кому: oplata@vetlabsib.ru\nТема: Счёт WVR-26-0441\n\nДобрый день!\n\nВысылаю счёт WVR-26-0441 от 12.11.2026 "
          "за калибровку дозаторов и замену ламп в ламинарном боксе.\nСумма 64 380,00 руб. (в т.ч. НДС 22% 11 609,51). "
          "Оплата в течение 14 дней.\n\n--\nДмитрий\n-------- Конец пересылаемого сообщения --------\n")
    b = "Анна, привет! Забыл поставить ar@ в копию, пересылаю для учёта.\n\n" + fw
    hinv = ("<html><body><h3>Счёт на оплату № WVR-26-0441 от 12.11.2026</h3><p>Покупатель: ООО «ВетЛабСиб», Новосибирск</p>"
            "<table border='1'><tr><td>Калибровка дозаторов</td><td>24 шт.</td><td>31 200,00</td></tr>"
            "<tr><td>Замена УФ-ламп ламинарного бокса</td><td>2</td><td>21 570,49</td></tr>"
            "<tr><td>НДС 22%</td><td></td><td>11 609,51</td></tr><tr><td><b>Итого</b></td><td></td><td><b>64 380,00</b></td></tr>"
            "</table><p>Срок оплаты: 14 дней</p></body></html>")
    body = Multi("mixed", text(b, cs="koi8-r", cte="quoted-printable"),
                 attach(hinv.encode("utf-8"), 'text/html; charset="utf-8"', "schet_WVR-26-0441.html"), seed="ru05",
                 style="plain")
    add(5, "pereslano_vnutri", mail("ru05", frm=DMITRY, to=f"{ANNA}, {BOT_ADDR}", subject="Fwd: Счёт WVR-26-0441",
                                    subj_cs="koi8-r", date="2026-11-13 09:02", tz=TZ, body=body, host=HOST),
        L("invoice_copy", "ru", invoice_numbers="WVR-26-0441", amount=64380.00, currency="RUB", issue_date="2026-11-12",
          due_date="2026-11-26", payment_terms_days=14, needs_human=False, note="internal forward; HTML invoice attachment"))

    b = ("Добрый день!\n\nНаправляем счёт WVR-26-0450 от 16.11.2026 на сумму 212 400,00 руб.\n"
         "С учётом корректировочного счёта-фактуры № 17 от 10.11.2026 (возврат 3 инфузоматов) на сумму 31 860,00 руб.\n"
         "к оплате: 180 540,00 руб.\n\nСрок оплаты — 30 дней.\n\nС уважением,\nАнна Волкова\n")
    add(6, "korrektirovka_vychet", mail("ru06", frm=ANNA, to="info@zoovet-ekb.ru", cc=BOT_ADDR,
                                        subject="Счёт WVR-26-0450 с учётом КСФ № 17", date="2026-11-16 10:40", tz=TZ,
                                        body=text(b), host=HOST),
        L("invoice_copy", "ru", invoice_numbers="WVR-26-0450", amount=180540.00, currency="RUB", issue_date="2026-11-16",
          due_date="2026-12-16", payment_terms_days=30, needs_human=False, note="212,400 less correction 31,860"))

    b = ("Добрый день, Ержан Болатович!\n\nСогласно графику рассрочки по договору № KZ-14/26 (общая сумма 8 600 000 тенге)\n"
         "направляем счёт WVK-26-0101 от 18.11.2026 на 2-й платёж из 4: 2 150 000 тенге.\n"
         "Срок оплаты — до 30.11.2026.\n\nС уважением,\nАйгерим Нурланова\n")
    add(7, "rassrochka_2_iz_4", mail("ru07", frm=AIGERIM, to="finance@astana-agrovet.kz", cc=BOT_ADDR,
                                     subject="Рассрочка: платёж 2 из 4 (WVK-26-0101)", date="2026-11-18 09:30", tz=KZ,
                                     body=text(b), host=HOST),
        L("invoice_copy", "ru", invoice_numbers="WVK-26-0101", amount=2150000.00, currency="KZT", issue_date="2026-11-18",
          due_date="2026-11-30", needs_human=False, note="instalment 2/4 of 8,600,000"))

    b = ("Добрый день!\n\nВо вложении счёт за поставку ортопедического набора и расходников для конного лазарета.\n"
         "Просим оплатить до 7 декабря.\n\nДмитрий Сергеев\n")
    inv = pdf([(15, "Wrenfield Veterinary Supply LLC (Moscow)", True), "INN 7704318442  KPP 770401001", "",
               (13, "INVOICE / SCHET", True), "Invoice no.: WVR-26-0462", "Invoice date: 2026-11-23", "Due date: 12/07/2026",
               "Payment terms: 14 days", "Customer: KSK Rusich, Moscow region", "",
               "Equine orthopaedic kit                       1    31,500.00",
               "Bandages & casting material                  1     7,745.90", "",
               "Subtotal RUB 39,245.90", "VAT 22% RUB 8,634.10", (11, "TOTAL RUB 47,880.00", True)], title="WVR-26-0462")
    body = Multi("mixed", text(b, cs="windows-1251", cte="8bit"), attach(inv, "application/pdf", "WVR-26-0462.pdf"),
                 seed="ru08", style="nextpart")
    add(8, "pdf_data_ssha", mail("ru08", frm=DMITRY, to="buh@ksk-rusich.ru", cc=BOT_ADDR, subject="Счёт WVR-26-0462",
                                 subj_cs="windows-1251", date="2026-11-23 14:12", tz=TZ, body=body, host=HOST, eol="\r\n"),
        L("invoice_copy", "ru", invoice_numbers="WVR-26-0462", amount=47880.00, currency="RUB", issue_date="2026-11-23",
          due_date="2026-12-07", payment_terms_days=14, needs_human=False,
          note="English PDF with US-style 'Due date: 12/07/2026' = 7 Dec (body: 'до 7 декабря'; issue + 14 days)"))

    hinv = ("<html><body><h3>Счёт на оплату WVK-26-0108 от 27.11.2026</h3><p>Покупатель: КХ «Жетысу», Талдыкорган</p>"
            "<p>Вакцина против ящура, 40 доз × 12 — 389 760 ₸<br>в т.ч. НДС 16% — 53 760 ₸<br><b>Итого к оплате: 389 760 ₸</b></p>"
            "<p>Оплата — в день выставления счёта.</p></body></html>")
    b = ("Здравствуйте, Серик ага!\n\nВо вложении счёт на вакцину. Оплата — в день выставления счёта, иначе не сможем "
         "отгрузить в понедельник.\n\nАйгерим\n")
    body = Multi("mixed", text(b), attach(hinv.encode("utf-8"), 'text/html; charset="utf-8"', "WVK-26-0108.html"), seed="ru09")
    add(9, "oplata_v_den_scheta", mail("ru09", frm=AIGERIM, to="zhetysu.kh@mail.kz", cc=BOT_ADDR, subject="Счёт на вакцину",
                                       date="2026-11-27 11:20", tz=KZ, body=body, host=HOST),
        L("invoice_copy", "ru", invoice_numbers="WVK-26-0108", amount=389760.00, currency="KZT", issue_date="2026-11-27",
          due_date="2026-11-27", needs_human=False, note="payable on the day of issue (like 'zahlbar sofort'); data only in HTML attachment"))

    b = ("Добрый день!\n\nВо вложении счёт WVR-26-0479 на сумму 58 300 руб. за декабрьскую поставку кормов и препаратов.\n"
         "Срок оплаты 30 дней.\n\nАнна\n")
    hinv = ("<html><body><h3>Счёт № WVR-26-0479 от 02.12.2026</h3><table border='1'>"
            "<tr><td>Лечебные корма</td><td>36 500,00</td></tr><tr><td>Препараты</td><td>7 598,36</td></tr>"
            "<tr><td>НДС 22%</td><td>9 701,64</td></tr><tr><td><b>Итого к оплате</b></td><td><b>53 800,00</b></td></tr></table></body></html>")
    body = Multi("mixed", text(b, cs="koi8-r", cte="8bit"), attach(hinv.encode("windows-1251"),
                                                                    'text/html; charset="windows-1251"', "schet_0479.html"),
                 seed="ru10")
    add(10, "summa_ne_sovpadaet", mail("ru10", frm=ANNA_K, to="dd-kazan@bk.ru", cc=BOT_ADDR, subject="Счёт декабрь",
                                       subj_cs="koi8-r", date="2026-12-02 10:00", tz=TZ, body=body, host=HOST),
        L("invoice_copy", "ru", invoice_numbers="WVR-26-0479", currency="RUB", issue_date="2026-12-02",
          due_date="2027-01-01", payment_terms_days=30, needs_human=True,
          note="mail 58,300 vs attachment 53,800: contradiction -> amount empty"))

    # ------------------------------------------------------------------ read receipts
    human = (f"Это уведомление о прочтении сообщения, отправленного вами на buh@aibolit-center.ru в {sent_date(U1)}.\n\n"
             "Примечание: это уведомление лишь подтверждает, что сообщение было отображено на компьютере получателя. "
             "Нет никакой гарантии, что получатель прочитал или понял содержимое сообщения.\n")
    body = mdn_report("ru11", human, reporting_ua="Mozilla Thunderbird", final_rcpt="buh@aibolit-center.ru", orig=U1.id,
                      human_cs="koi8-r", human_cte="8bit", style="thunderbird")
    add(11, "mdn_thunderbird_koi8r", mail("ru11", frm=addr("Бухгалтерия Айболит", "buh@aibolit-center.ru", "koi8-r"), to=BOT,
                                          subject="Уведомление о прочтении (показано) - " + U1.subject, subj_cs="koi8-r",
                                          date="2026-11-02 10:02", tz=TZ, body=body, **thread(U1)),
        L("read_receipt", "ru", invoice_numbers="WVR-26-0360", original_message_id=U1.id, needs_human=False))

    human = (f"Ваше сообщение\n\n    Кому: buh@vetmed-almaty.kz\n    Тема: {U5.subject}\n"
             "    Отправлено: 09.11.2026 11:20\n\nбыло прочитано 09.11.2026 14:51.\n")
    add(12, "prochitano_outlook_nestandart", mail("ru12", frm=addr("Данияр Сейткали", "buh@vetmed-almaty.kz", "windows-1251"),
                                                  to=BOT, subject="Прочитано: " + U5.subject, subj_cs="windows-1251",
                                                  date="2026-11-09 14:51", tz=KZ, body=text(human, cs="windows-1251"),
                                                  mid_style="outlook", refs=U5.id,
                                                  extra=[("Thread-Topic", U5.subject)]),
        L("read_receipt", "ru", invoice_numbers="WVK-26-0081", original_message_id=U5.id, needs_human=False,
          note="non-standard text/plain 'Прочитано:' receipt, References only"))

    human = ("Уведомление о прочтении\n\nСообщение \"" + U15.subject + "\" было прочитано получателем info@agrovet-omsk.ru\n"
             "24.11.2026 в 15:07 (+06:00).\n")
    body = mdn_report("ru13", human, reporting_ua="The Bat! (v10.5.3) Professional", final_rcpt="info@agrovet-omsk.ru",
                      orig=U15.id, human_cs="windows-1251", human_cte="quoted-printable", style="nextpart")
    add(13, "mdn_thebat", mail("ru13", frm="info@agrovet-omsk.ru", to=BOT, subject="Уведомление о прочтении",
                               date="2026-11-24 15:07", tz="+0600", body=body,
                               extra=[("X-Mailer", "The Bat! (v10.5.3) Professional")], **thread(U15)),
        L("read_receipt", "ru", invoice_numbers="WVR-26-0432", original_message_id=U15.id, needs_human=False))

    # ------------------------------------------------------------------ bounces
    human = ("This is the mail system at host smtp-out.wrenfield-vet.com.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
             "<lebedeva.vetapteka@mail.ru>: host mxs.mail.ru[94.100.180.31] said: 550 Message\n"
             "    was not accepted -- invalid mailbox.  Local mailbox lebedeva.vetapteka@mail.ru\n"
             "    is unavailable: user not found (in reply to end of DATA command)\n")
    body = dsn_report("ru14", human, reporting_mta="smtp-out.wrenfield-vet.com", arrival="Thu, 12 Nov 2026 06:20:01 +0000 (GMT)",
                      recipients=[("lebedeva.vetapteka@mail.ru", "failed", "5.0.0",
                                   "550 Message was not accepted -- invalid mailbox.  Local mailbox lebedeva.vetapteka@mail.ru is unavailable: user not found")],
                      orig_headers=reminder_headers(U8))
    add(14, "mailru_user_not_found_after_data", mail("ru14", frm="MAILER-DAEMON@smtp-out.wrenfield-vet.com (Mail Delivery System)",
                                                     to=BOT, subject="Undelivered Mail Returned to Sender",
                                                     date="2026-11-12 06:20", tz="+0000", body=body,
                                                     auth=ar(None, helo="smtp-out.wrenfield-vet.com"),
                                                     host="smtp-out.wrenfield-vet.com",
                                                     mid="<20261112062001.91AB03A0107@smtp-out.wrenfield-vet.com>"),
        L("bounce", "en", invoice_numbers="WVR-26-0402", failed_recipients="lebedeva.vetapteka@mail.ru",
          bounce_permanent=True, bounce_reason="user_unknown", original_message_id=U8.id, needs_human=True,
          note="mail.ru reports user not found 'in reply to end of DATA command' -> after DATA, needs_human true"))

    human = ("Здравствуйте!\n\nВы отправили письмо на адрес kc-sever@yandex.ru, но оно не было доставлено.\n\n"
             "Сервер получателя отклонил письмо по подозрению в спаме:\n"
             "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1763190001-Ab3dEf5gHi\n\n"
             "Пожалуйста, проверьте содержание письма и попробуйте отправить его ещё раз.\n\n-- \nПочтовая служба Яндекса\n")
    body = dsn_report("ru15", human, reporting_mta="mail-nwsmtp-mxback-production-main-38.vla.yp-c.yandex.net",
                      human_cs="utf-8", human_cte="base64",
                      recipients=[("kc-sever@yandex.ru", "failed", "5.7.1",
                                   "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc")],
                      orig_headers=reminder_headers(U9))
    add(15, "yandex_spam_rus", mail("ru15", frm=addr("Почтовая служба Яндекса", "mailer-daemon@yandex.ru"), to=BOT,
                                    subject="Недоставленное сообщение", date="2026-11-16 09:21", tz=TZ, body=body,
                                    auth=ar("yandex.ru"), host="forward500a.mail.yandex.net", mid_style="yandex"),
        L("bounce", "ru", invoice_numbers="WVR-26-0407", failed_recipients="kc-sever@yandex.ru", bounce_permanent=True,
          bounce_reason="spam", original_message_id=U9.id, needs_human=False,
          note="Russian DSN, rejected as spam (address alive)"))

    human = ("This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered "
             "to one or more of its\nrecipients after more than 24 hours on the queue on relay2.wrenfield-vet.com.\n\n"
             "The message identifier is:     1vZq2K-0007Hd-3m\nThe subject of the message is: " + U10.subject + "\n"
             "The date of the message is:    " + sent_date(U10) + "\n\nThe address to which the message has not yet been delivered is:\n\n"
             "  info@zoovet-ekb.ru\n    host mx.zoovet-ekb.ru [185.215.4.80]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<info@zoovet-ekb.ru>:\n"
             "    452 4.2.2 Mailbox full\n\nNo action is required on your part. Delivery attempts will continue for\n"
             "some time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail "
             "delivery software will give up,\nand when that happens, the message will be returned to you.\n")
    body = dsn_report("ru16", human, reporting_mta="relay2.wrenfield-vet.com", human_cs="utf-8", human_cte="quoted-printable",
                      recipients=[("info@zoovet-ekb.ru", "delayed", "4.2.2", "452 4.2.2 Mailbox full")],
                      orig_headers=reminder_headers(U10))
    add(16, "exim_warning_mailbox_full", mail("ru16", frm=addr("Mail Delivery System", "Mailer-Daemon@relay2.wrenfield-vet.com"),
                                              to=BOT, subject="Warning: message 1vZq2K-0007Hd-3m delayed 24 hours",
                                              date="2026-11-18 06:25", tz="+0000", body=body,
                                              auth=ar(None, helo="relay2.wrenfield-vet.com"), host="relay2.wrenfield-vet.com",
                                              mid="<E1vZz9X-0002Lp-Qa@relay2.wrenfield-vet.com>",
                                              extra=[("X-Failed-Recipients", "info@zoovet-ekb.ru"), ("Auto-Submitted", "auto-replied")]),
        L("bounce", "en", invoice_numbers="WVR-26-0410", failed_recipients="info@zoovet-ekb.ru", bounce_permanent=False,
          bounce_reason="mailbox_full", original_message_id=U10.id, needs_human=False,
          note="Exim delay warning, 452 mailbox full: temporary"))

    # ------------------------------------------------------------------ auto-replies
    b = ("Здравствуйте!\n\nСпасибо за письмо. Я нахожусь в командировке до 24 ноября включительно, доступ к почте ограничен.\n"
         "Буду в офисе с 25 ноября (среда). По срочным вопросам оплаты — главный бухгалтер Наталья, тел. +7 495 612-08-33.\n\n"
         "С уважением,\nЕлена Кравец\nбухгалтер КСК «Русич»\n")
    add(17, "otpusk_russkiy", mail("ru17", frm=addr("Елена Кравец", "buh@ksk-rusich.ru", "windows-1251"), to=BOT,
                                   subject="Автоответ: " + U11.subject, subj_cs="windows-1251", date="2026-11-18 09:21", tz=TZ,
                                   body=text(b, cs="windows-1251"), mid_style="outlook",
                                   extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                                   **thread(U11)),
        L("auto_reply", "ru", invoice_numbers="WVR-26-0414", return_date="2026-11-25", original_message_id=U11.id,
          needs_human=False))

    b = ("Merhaba,\n\nE-postanız için teşekkür ederim. Şu anda yıllık izindeyim ve e-postalarıma erişimim sınırlı.\n"
         "7 Aralık Pazartesi günü ofiste olacağım. Acil konular için lütfen finance@astana-agrovet.kz adresine yazınız.\n\n"
         "Saygılarımla,\nMehmet Yılmaz\nFinans Müdürü, Astana Agro Vet\n")
    add(18, "izin_turkce", mail("ru18", frm=addr("Mehmet Yılmaz", "finance@astana-agrovet.kz", "iso-8859-9"), to=BOT,
                                subject="Otomatik yanıt: " + U6.subject, date="2026-11-10 11:21", tz=KZ,
                                body=text(b, cs="iso-8859-9", cte="quoted-printable"),
                                extra=[("X-Autorespond", "Otomatik yanit")], **thread(U6)),
        L("auto_reply", "tr", invoice_numbers="WVK-26-0084", return_date="2026-12-07", original_message_id=U6.id,
          needs_human=False, note="Turkish, iso-8859-9, non-standard X-Autorespond only"))

    b = ("Hei,\n\nTakk for e-posten din. Jeg er på ferie til og med mandag 30. november og har begrenset tilgang til e-post.\n"
         "Jeg er tilbake på kontoret tirsdag 1. desember.\n\nHastesaker: kontakt regnskap@nordlaks-farm.no.\n\n"
         "Med vennlig hilsen\nIngrid Solberg\nNordlaks Havbruk AS - kontor Murmansk\n")
    add(19, "ferie_norsk", mail("ru19", frm=addr("Ingrid Solberg", "murmansk.office@nordlaks-farm.no"), to=BOT,
                                subject="Fraværende: " + U13.subject, date="2026-11-20 09:21", tz=TZ,
                                body=text(b, cs="iso-8859-1"), mid_style="outlook",
                                extra=[("Auto-Submitted", "auto-replied")], **thread(U13)),
        L("auto_reply", "no", invoice_numbers="WVR-26-0426", return_date="2026-12-01", original_message_id=U13.id,
          needs_human=False))

    # ------------------------------------------------------------------ challenge
    url = "https://antispam.tula-host.ru/confirm?id=5e0c77a1f3&addr=ar%40wrenfield-vet.com"
    b = ("Здравствуйте!\n\nВаше письмо на адрес buh@vetcentr-tula.ru («" + U14.subject + "») задержано системой защиты от спама.\n\n"
         "Чтобы письмо было доставлено, подтвердите, что вы не робот, перейдя по ссылке:\n" + url + "\n\n"
         "Подтверждение требуется один раз. Неподтверждённые письма удаляются через 3 дня.\n\n-- \nТула-Хост, служба антиспама\n")
    add(20, "podtverdite_otpravitelya", mail("ru20", frm=addr("Антиспам Тула-Хост", "antispam@tula-host.ru"), to=BOT,
                                             subject="Подтвердите отправку письма", date="2026-11-23 09:21", tz=TZ,
                                             body=text(b, cs="koi8-r", cte="quoted-printable"), auth=ar("tula-host.ru"),
                                             extra=[("Auto-Submitted", "auto-replied")], **thread(U14)),
        L("challenge", "ru", invoice_numbers="WVR-26-0430", challenge=url, original_message_id=U14.id, needs_human=True))

    # ------------------------------------------------------------------ payments
    hb = ("<html><body style='font-family:Arial'><h3>СберБизнес: поступление средств</h3>"
          "<p>На счёт 40702810938000184471 зачислены средства.</p><table>"
          "<tr><td>Сумма</td><td><b>136 180,00 RUB</b></td></tr><tr><td>Дата зачисления</td><td>13.11.2026</td></tr>"
          "<tr><td>Плательщик</td><td>ООО «АЙБОЛИТ-ЦЕНТР», ИНН 7722451180</td></tr>"
          "<tr><td>Назначение платежа</td><td>Оплата по счёту WVR-26-0418 от 02.11.2026 за ветпрепараты. В т.ч. НДС 10% - 12380.00</td></tr>"
          "</table><p>Это письмо сформировано автоматически, отвечать на него не нужно.<br>ПАО Сбербанк</p></body></html>")
    add(21, "sber_postuplenie", mail("ru21", frm=addr("СберБизнес", "noreply@sberbank.ru"), to=BOT,
                                     subject="Поступление средств на счёт 136 180,00 RUB", date="2026-11-13 12:04", tz=TZ,
                                     body=html(hb, cte="base64"), auth=ar("sberbank.ru"), host="mx-out.sberbank.ru"),
        L("payment_confirmation", "ru", invoice_numbers="WVR-26-0418", amount=136180.00, currency="RUB",
          payment_date="2026-11-13", payment_full=True, needs_human=False))

    b = ("Точка Банк\n\nПоступление на счёт 40702810820000077418\n\nСумма: 77 760,00 ₽\nДата: 20.11.2026\n"
         "От: ООО «ВЕТЛАБСИБ»\nНазначение: Оплата по сч. WVR-26-0371 (54 000,00) и WVR-26-0376 (23 760,00), в т.ч. НДС.\n\n"
         "Подробнее в интернет-банке.\n")
    add(22, "tochka_dva_scheta", mail("ru22", frm=addr("Точка", "notify@tochka.com"), to=BOT,
                                      subject="Поступление 77 760,00 ₽ от ООО «ВЕТЛАБСИБ»", date="2026-11-20 16:30",
                                      tz="+0700", body=text(b), auth=ar("tochka.com"), host="mail.tochka.com"),
        L("payment_confirmation", "ru", invoice_numbers="WVR-26-0371;WVR-26-0376", amount=77760.00, currency="RUB",
          payment_date="2026-11-20", payment_full=True, allocations="WVR-26-0371=54000.00;WVR-26-0376=23760.00",
          needs_human=False, note="notice time +0700 (Novosibirsk payer)"))

    b = ("Kaspi Business\n\nПоступление на ваш счёт\n\nСумма: 1 564 000 ₸\nДата: 27.11.2026\nОтправитель: ТОО «ВетМед Алматы»\n"
         "Назначение: оплата по счетам WVK-26-0093, WVK-26-0094 от 10.11.2026\n\nKaspi.kz\n")
    add(23, "kaspi_kzt", mail("ru23", frm=addr("Kaspi Business", "business@kaspi.kz"), to=BOT,
                              subject="Поступление 1 564 000 ₸", date="2026-11-27 15:10", tz=KZ, body=text(b, cte="base64"),
                              auth=ar("kaspi.kz"), host="smtp.kaspi.kz"),
        L("payment_confirmation", "ru", invoice_numbers="WVK-26-0093;WVK-26-0094", amount=1564000.00, currency="KZT",
          payment_date="2026-11-27", payment_full=True, needs_human=False, note="two invoices paid together, no split given"))

    hb = ("<html><body><h3>СберБизнес: поступление средств</h3><table>"
          "<tr><td>Сумма</td><td><b>500 000,00 RUB</b></td></tr><tr><td>Дата зачисления</td><td>11.11.2026</td></tr>"
          "<tr><td>Плательщик</td><td>ООО «АГРОХОЛДИНГ ПРИВОЛЖСКИЙ»</td></tr>"
          "<tr><td>Назначение платежа</td><td>Частичная оплата аванса по сч. WVR-26-0427 от 05.11.2026 по дог. 47/26. В т.ч. НДС 22%</td></tr>"
          "</table><p>ПАО Сбербанк</p></body></html>")
    add(24, "sber_chastichno", mail("ru24", frm=addr("СберБизнес", "noreply@sberbank.ru"), to=BOT,
                                    subject="Поступление средств на счёт 500 000,00 RUB", date="2026-11-11 13:44", tz=TZ,
                                    body=html(hb), auth=ar("sberbank.ru"), host="mx-out.sberbank.ru"),
        L("payment_confirmation", "ru", invoice_numbers="WVR-26-0427", amount=500000.00, currency="RUB",
          payment_date="2026-11-11", payment_full=False, needs_human=False, note="partial advance 500,000 of 1,170,000"))

    b = ("Точка Банк\n\nПоступление на счёт 40702810820000077418\n\nСумма: 60 000,00 ₽\nДата: 24.11.2026\n"
         "От: ООО «АГРОХОЛДИНГ ПРИВОЛЖСКИЙ»\nНазначение: Опл. по сч. WVR-26-0388 - 40000,00; WVR-26-0392 - 20000,00. НДС не облаг.\n")
    add(25, "tochka_nedoplata_razbivka", mail("ru25", frm=addr("Точка", "notify@tochka.com"), to=BOT,
                                              subject="Поступление 60 000,00 ₽", date="2026-11-24 11:02", tz=TZ,
                                              body=text(b), auth=ar("tochka.com"), host="mail.tochka.com"),
        L("payment_confirmation", "ru", invoice_numbers="WVR-26-0388;WVR-26-0392", amount=60000.00, currency="RUB",
          payment_date="2026-11-24", payment_full=False, allocations="WVR-26-0388=40000.00;WVR-26-0392=20000.00",
          needs_human=True, note="split short of the total (64,800 + 32,600 open)"))

    b = ("Уважаемый клиент!\n\nПоступление 1 170 000,00 RUB по счёту WVR-26-0427 от ООО «АГРОХОЛДИНГ ПРИВОЛЖСКИЙ» приостановлено "
         "службой финансового мониторинга (115-ФЗ).\nДля разблокировки подтвердите данные организации в течение 24 часов:\n"
         "https://sbbol-sberbank.online/verify\n\nПАО Сбербанк\n")
    add(26, "poddelnyi_sber", mail("ru26", frm=addr("СберБизнес", "noreply@sbbol-sberbank.online"), to=BOT,
                                   subject="Поступление средств приостановлено", date="2026-11-14 02:13", tz=TZ, body=text(b),
                                   auth=ar("sbbol-sberbank.online", dmarc="pass"), host="vm-4412.cloud-host.example"),
        L("other", "ru", invoice_numbers="WVR-26-0427", amount=1170000.00, currency="RUB", needs_human=True,
          note="look-alike Sberbank domain, phishing"))

    # ------------------------------------------------------------------ client replies
    b = ("Добрый день!\nОплатили 25.11, п/п № 1843, платёжку прикладываю.\n\n--\nОльга Петровна Шубина\nгл. бухгалтер ООО «Айболит-Центр»\n\n"
         "02.11.2026 9:20, Wrenfield Accounts Receivable пишет:\n" + quote(rtext(U1)))
    pp = "Платёжное поручение № 1843 от 25.11.2026\nСумма 42900-00\nПолучатель ООО «Вренфилд Ветеринари Сапплай»\n"
    body = Multi("mixed", text(b, cs="koi8-r", cte="8bit"),
                 attach(pp.encode("windows-1251"), 'text/plain; charset="windows-1251"', "pp_1843.txt", cte="base64"),
                 seed="ru27", style="thunderbird")
    add(27, "otvet_oplatili", mail("ru27", frm=addr("Ольга Шубина", "buh@aibolit-center.ru", "koi8-r"), to=BOT,
                                   subject="Re: " + U1.subject, subj_cs="koi8-r", date="2026-11-26 10:33", tz=TZ, body=body,
                                   extra=[("User-Agent", "Mozilla Thunderbird")], **thread(U1)),
        L("client_reply", "ru", intent="paid", invoice_numbers="WVR-26-0360", payment_date="2026-11-25",
          original_message_id=U1.id, needs_human=False))

    b = ("Здравствуйте.\nОплату произведём до конца следующей недели, сейчас закрываем квартал по другим поставщикам.\n\n"
         "С уважением,\nИрина Гончаренко\nООО «ВетТрейд Юг»\n")
    add(28, "otvet_konets_sled_nedeli", mail("ru28", frm=addr("Ирина Гончаренко", "buh@vettrade-yug.ru"), to=BOT,
                                             subject="Re: " + U18.subject, date="2026-12-02 15:10", tz=TZ, body=text(b),
                                             mid_style="yandex", **thread(U18)),
        L("client_reply", "ru", intent="promise", invoice_numbers="WVR-26-0439", promised_date="2026-12-11",
          original_message_id=U18.id, needs_human=False, note="'до конца следующей недели' from Wed 2 Dec -> Fri 11 Dec"))

    b = ("Добрый день.\n\nС суммой по счёту WVR-26-0395 не согласны. В подписанном акте выполненных работ указано 3 выезда "
         "инженера,\nа в счёте выставлено 5. Просим пересчитать и прислать исправленный счёт и акт.\n\nАдминистратор клиники "
         "«Белый клык»\nМарина\n")
    add(29, "otvet_ne_soglasny", mail("ru29", frm=addr("Клиника Белый клык", "office@belyklyk.spb.ru"), to=BOT,
                                      subject="RE: " + U4.subject, date="2026-11-06 17:55", tz=TZ,
                                      body=text(b, cs="windows-1251", cte="8bit"), mid_style="outlook", **thread(U4)),
        L("client_reply", "ru", intent="dispute", invoice_numbers="WVR-26-0395", original_message_id=U4.id, needs_human=True))

    b = ("Добрый день!\n\nПодскажите, пожалуйста, по счёту WVR-26-0426: будет ли счёт-фактура, или вы работаете по УПД? "
         "И можно ли получить\nдокументы через Диадок (наш ID 2BM-5190041781-519001001)? Без закрывающих документов "
         "бухгалтерия в Осло платёж не пропустит.\n\nСпасибо,\nАлексей Миронов\nNordlaks Havbruk, офис Мурманск\n")
    add(30, "otvet_vopros_upd", mail("ru30", frm=addr("Alexey Mironov", "a.mironov@nordlaks-farm.no"), to=BOT,
                                     cc="murmansk.office@nordlaks-farm.no", subject="SV: " + U13.subject,
                                     date="2026-11-23 11:00", tz=TZ, body=text(b), mid_style="outlook", **thread(U13)),
        L("client_reply", "ru", intent="question", invoice_numbers="WVR-26-0426", original_message_id=U13.id,
          needs_human=True, note="colleague of the reminded contact; Norwegian 'SV:' prefix"))

    b = ("Добрый день!\n\nВ связи с падежом поголовья и затратами на ветеринарные мероприятия просим рассмотреть возможность\n"
         "рассрочки по счёту WVR-26-0414 на 3 месяца: 13 200 руб. ежемесячно до 25 числа, начиная с декабря.\n\n"
         "Гарантийное письмо можем направить.\n\nС уважением,\nНаталья Егорова\nглавный бухгалтер КСК «Русич»\n")
    add(31, "otvet_rassrochka", mail("ru31", frm=addr("Наталья Егорова", "buh@ksk-rusich.ru"), to=BOT,
                                     subject="Re: " + U11.subject, date="2026-11-25 10:20", tz=TZ, body=text(b),
                                     **thread(U11)),
        L("client_reply", "ru", intent="plan", invoice_numbers="WVR-26-0414", amount=13200.00, currency="RUB",
          original_message_id=U11.id, needs_human=True))

    b = ("Прекратите присылать эти письма. Все вопросы по задолженности — только через нашего юриста, "
         "Соколов А. В., +7 342 270-11-09.\n")
    add(32, "otvet_prekratite", mail("ru32", frm=addr("Зоосфера", "office@zoosfera-perm.ru"), to=BOT,
                                     subject="Re: " + U17.subject, date="2026-11-26 19:44", tz="+0500",
                                     body=text(b, cte="base64"), **thread(U17)),
        L("client_reply", "ru", intent="stop", invoice_numbers="WVR-26-0437", original_message_id=U17.id, needs_human=True))

    b = "здравствуйте счет WVK-26-0087 к нам не поступал. продублируйте пожалуйста на эту почту\n\nОтправлено из Mail.ru для Android\n"
    add(33, "otvet_ne_poluchali", mail("ru33", frm=addr("Серик", "zhetysu.kh@mail.kz"), to=BOT, subject="Re: " + U7.subject,
                                       date="2026-11-12 08:03", tz=KZ, body=text(b, cte="8bit"), **thread(U7)),
        L("client_reply", "ru", intent="not_received", invoice_numbers="WVK-26-0087", original_message_id=U7.id,
          needs_human=False, note="phone-typed, no capitals"))

    b = ("Добрый день!\n\nПришлите, пожалуйста, реквизиты для оплаты в тенге: ИИК, БИК банка, КБе и БИН вашего "
         "представительства.\nБез них наш банк не проведёт платёж по WVK-26-0081.\n\nДанияр\n")
    add(34, "otvet_rekvizity_tenge", mail("ru34", frm=addr("Данияр Сейткали", "buh@vetmed-almaty.kz"), to=BOT,
                                          subject="RE: " + U5.subject, date="2026-11-09 15:02", tz=KZ, body=text(b),
                                          mid_style="outlook", **thread(U5)),
        L("client_reply", "ru", intent="payment_details", invoice_numbers="WVK-26-0081", original_message_id=U5.id,
          needs_human=False))

    b = "завтра оплатим\n\n-- \nОтправлено из мобильной Яндекс Почты\n"
    add(35, "otvet_zavtra_pozdno_vecherom", mail("ru35", frm=addr("Зоовет", "info@zoovet-ekb.ru"), to=BOT,
                                                 subject="Re: " + U10.subject, date="2026-12-04 23:55", tz="+0500",
                                                 body=text(b), mid_style="yandex", **thread(U10)),
        L("client_reply", "ru", intent="promise", invoice_numbers="WVR-26-0410", promised_date="2026-12-05",
          original_message_id=U10.id, needs_human=False,
          note="sent Fri 4 Dec 23:55 +0500 (Yekaterinburg; 21:55 Moscow): 'завтра' = Sat 5 Dec"))

    b = ("Добрый день!\n\nСчёт WVR-26-0432 оплатим сразу, как только получим субсидию от регионального минсельхоза — "
         "по нашей информации,\nориентировочно до 20 декабря.\n\nС уважением,\nПавел Кузнецов\nООО «Агровет Омск»\n")
    add(36, "otvet_posle_subsidii", mail("ru36", frm=addr("Павел Кузнецов", "info@agrovet-omsk.ru"), to=BOT,
                                         subject="Re: " + U15.subject, date="2026-11-26 12:40", tz="+0600",
                                         body=text(b, cs="windows-1251"),
                                         extra=[("X-Mailer", "The Bat! (v10.5.3) Professional")], **thread(U15)),
        L("client_reply", "ru", intent="promise", invoice_numbers="WVR-26-0432", promised_date="2026-12-20",
          original_message_id=U15.id, needs_human=True, note="conditional promise (subsidy)"))

    b = ("Здравствуйте.\nВ пятницу оплатить не получится, перенесли платёж на 9 декабря.\n\nБухгалтерия ветклиники «Ветеринар»\n")
    add(37, "otvet_perenesli", mail("ru37", frm=addr("Бухгалтерия", "buh@veterinar-kaluga.ru"), to=BOT,
                                    subject="Re: " + U16.subject, date="2026-12-01 14:00", tz=TZ,
                                    body=text(b, cs="koi8-r", cte="base64"), **thread(U16)),
        L("client_reply", "ru", intent="promise", invoice_numbers="WVR-26-0435", promised_date="2026-12-09",
          original_message_id=U16.id, needs_human=False))

    b = ("Добрый день.\n\nСообщаем, что у нас сменился главный бухгалтер. Все письма по взаиморасчётам просим направлять на "
         "адрес\nglavbuh@privolzhsky-agro.ru (Тимофеева Светлана Игоревна).\n\nС уважением,\nприёмная ООО «Агрохолдинг Приволжский»\n")
    add(38, "otvet_smena_buhgaltera", mail("ru38", frm=addr("Приёмная", "fin@privolzhsky-agro.ru"), to=BOT,
                                           subject="RE: " + U3.subject, date="2026-11-06 09:40", tz="+0400",
                                           body=text(b), mid_style="outlook", **thread(U3)),
        L("client_reply", "ru", intent="other", invoice_numbers="WVR-26-0388;WVR-26-0392", original_message_id=U3.id,
          needs_human=True, note="change of contact, no payment statement; +0400 Samara"))

    b = ("Добрый день!\n\nПо WVR-26-0419 оплата будет 10.12.\nПо WVR-26-0423 у нас расхождение: по нашим данным поставка 17.11 "
         "была на 12 100 руб., а не 14 300.\nПросим выслать акт сверки за ноябрь.\n\nВетклиника «Добрый доктор»\n")
    add(39, "otvet_smeshannyi", mail("ru39", frm=addr("Добрый доктор", "dd-kazan@bk.ru"), to=BOT, subject="Re: " + U12.subject,
                                     date="2026-11-20 10:05", tz=TZ, body=text(b), **thread(U12)),
        L("client_reply", "ru", intent="dispute", invoice_numbers="WVR-26-0419;WVR-26-0423", original_message_id=U12.id,
          needs_human=True, note="mixed: promise 10.12 on 0419 + amount discrepancy on 0423 -> dispute; promised_date left empty"))

    # ------------------------------------------------------------------ staff commands
    b = ("Отметь, пожалуйста, WVR-26-0298 как оплаченный: 42 900 руб. пришли 26.11 наличными через кассу (ПКО № 311).\n\nАнна\n")
    add(40, "staff_oplachen_kassa", mail("ru40", frm=ANNA, to=BOT_ADDR, subject="WVR-26-0298 оплачен", date="2026-11-26 17:10",
                                         tz=TZ, body=text(b), host=HOST),
        L("staff_command", "ru", invoice_numbers="WVR-26-0298", amount=42900.00, currency="RUB", payment_date="2026-11-26",
          needs_human=False, note="old invoice, never reminded"))

    b = ("Клиент ТОО «Астана Агро Вет» обещал оплатить WVK-26-0084 до 14.12. Напоминания до этой даты не отправляй.\n\n"
         "Айгерим\n")
    add(41, "staff_klient_obeshchal", mail("ru41", frm=AIGERIM, to=BOT_ADDR, subject="Обещание оплаты WVK-26-0084",
                                           date="2026-12-08 10:30", tz=KZ, body=text(b), host=HOST),
        L("staff_command", "ru", invoice_numbers="WVK-26-0084", promised_date="2026-12-14", needs_human=False))

    # ------------------------------------------------------------------ other
    hb = ("<html><head><meta charset='windows-1251'></head><body><h2>Ветеринарный вестник — декабрь</h2>"
          "<p>Новые правила маркировки ветпрепаратов с 1 марта 2027 года: что нужно знать дистрибьюторам.</p>"
          "<p><a href='https://vetvestnik.example.ru/unsubscribe'>Отписаться от рассылки</a></p></body></html>")
    add(42, "rassylka", mail("ru42", frm=addr("Ветеринарный вестник", "news@vetvestnik.example.ru"), to=BOT,
                             subject="Ветеринарный вестник: маркировка ветпрепаратов с 2027 года", subj_cs="windows-1251",
                             date="2026-12-03 08:00", tz=TZ, body=html(hb, cs="windows-1251"),
                             auth=ar("vetvestnik.example.ru"),
                             extra=[("List-Unsubscribe", "<https://vetvestnik.example.ru/unsubscribe>"), ("Precedence", "bulk")]),
        L("other", "ru", needs_human=False, note="newsletter"))

    b = ("Базы данных клиентов ветеринарных клиник и зоомагазинов по всей России — 48 000 контактов.\n"
         "Актуальность 2026. Цена 4 900 руб. Скидка 50% только сегодня!\nПишите в Telegram @vetbase_sale\n")
    add(43, "spam_bazy", mail("ru43", frm=addr("Базы клиентов", "sale@vetbase-promo.example"), to=BOT,
                              subject="Базы ветклиник 2026 — скидка 50%", subj_cs="koi8-r", date="2026-11-28 04:12", tz=TZ,
                              body=text(b, cs="koi8-r", cte="8bit"),
                              auth=ar("vetbase-promo.example", dkim="none", spf="softfail", dmarc="none")),
        L("other", "ru", needs_human=False, note="spam"))

    b = ("Добрый день!\n\nМеня зовут Олег, я ветеринарный врач с опытом работы 6 лет (хирургия, УЗИ). Ищу работу "
         "в сервисной службе\nили отделе продаж оборудования. Резюме могу прислать. Подскажите, кому лучше написать?\n\n"
         "Олег Быков\n+7 916 402-77-15\n")
    add(44, "soiskatel", mail("ru44", frm=addr("Олег Быков", "oleg.bykov.vet@yandex.ru"), to=BOT, subject="Вакансии",
                              date="2026-12-10 19:30", tz=TZ, body=text(b), mid_style="yandex", auth=ar("yandex.ru")),
        L("other", "ru", needs_human=True, note="stranger"))
    return M

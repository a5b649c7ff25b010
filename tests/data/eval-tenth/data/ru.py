from .kit import d, T, H, ALT, MULTI, ATT, RAW, addr, pdf, BOT, Msg
from .common import orig, L, inv_copy, reply, notifier, autorep, staff_mail, challenge
from .machine import bounce, mdn

TZ = 3
D = dict(
    code="ru", cur="RUB", dom="corvane.ru", botname="Corvane Дебиторка",
    staff=[("Анна Соколова", "anna.sokolova@corvane.ru"), ("Игорь Лебедев", "igor.lebedev@corvane.ru")],
    clients=[("ГАУК «Драматический театр на Неве»", "Елена Мартынова", "buh@dramteatr-neva.ru"),
             ("ООО «Арена Сибирь»", "Дмитрий Захаров", "zakharov@arena-sibir.ru"),
             ("МБУК «ДК Металлург»", "Ольга Петренко", "dk-metallurg@yandex.ru"),
             ("ООО «Прокат Свет Звук»", "Артём Ковалёв", "artem@prokat-svz.ru"),
             ("АНО «Фестиваль Белые ночи Онеги»", "Наталья Ильина", "finance@onega-fest.ru"),
             ("ООО «Кинокомпания Полярная звезда»", "Сергей Орлов", "s.orlov@polarstar-film.ru"),
             ("ГБУК «Филармония Приволжья»", "Бухгалтерия", "buh@privolzhye-phil.ru"),
             ("ИП Гусейнов Р. А.", "Руслан Гусейнов", "ruslan.guseinov@mail.ru"),
             ("ООО «Конгресс-центр Балтика»", "Марина Смирнова", "m.smirnova@baltika-cc.ru"),
             ("ООО «Цирк на Фонтанке Сервис»", "Павел Котов", "kotov@circus-fontanka-service.ru")],
    bank=("Банк «Северный Путь»", "info@sevput-bank.ru"),
    psp=("ПэйРека", "noreply@payreka.ru"),
    rsubj="Напоминание об оплате счёта %s",
    chsubj="Подтвердите отправку письма для %s",
    mailer="Mozilla Thunderbird",
    known=["КСТ-26-0311", "КСТ-26-0317", "КСТ-26-0322", "КСТ-26-0328", "КСТ-26-0333", "КСТ-26-0339", "КСТ-26-0344", "КСТ-26-0350",
           "КСТ-26-0356", "КСТ-26-0361", "КСТ-26-0401", "КСТ-26-0402", "КСТ-26-0404", "КСТ-26-0406", "КСТ-26-0407"],
)
SIG_A = ("\n\n--\nС уважением,\nАнна Соколова\nглавный бухгалтер\nООО «Корвейн Сценические Технологии»\n196084, Санкт-Петербург, ул. Заставская, д. 33, лит. П\n"
         "тел. +7 (812) 309-44-71\nр/с 40702810900000447126 в Банке «Северный Путь», БИК 044030877\n")
SIG_I = "\n\nИгорь Лебедев\nруководитель проектов\nООО «Корвейн Сценические Технологии»\n+7 921 440-71-26\n"


def t(m, dd, hh=10, mi=0):
    return d(2026, m, dd, hh, mi, TZ)


def upd(inv, date, seller, buyer, net, tax, total):
    return ('<?xml version="1.0" encoding="windows-1251"?>\n'
            '<Файл ИдФайл="ON_NSCHFDOPPR_2BM_2BE_20261109_%s" ВерсФорм="5.03" ВерсПрог="1С:Бухгалтерия 3.0">\n'
            ' <Документ КНД="1115131" Функция="СЧФДОП" ДатаИнфПр="09.11.2026" ВремИнфПр="11.02.00">\n'
            '  <СвСчФакт НомерДок="%s" ДатаДок="%s">\n   <СвПрод><ИдСв><СвЮЛУч НаимОрг="%s" ИННЮЛ="7805447126" КПП="781001001"/></ИдСв></СвПрод>\n'
            '   <СвПокуп><ИдСв><СвЮЛУч НаимОрг="%s" ИННЮЛ="7451183320" КПП="745101001"/></ИдСв></СвПокуп>\n'
            '   <ДенИзм КодОКВ="643" НаимОКВ="Российский рубль"/>\n  </СвСчФакт>\n'
            '  <ТаблСчФакт>\n   <СведТов НомСтр="1" НаимТов="Обслуживание штанкетных подъёмов, ноябрь" ОКЕИ_Тов="796" КолТов="1" ЦенаТов="%s" '
            'СтТовБезНДС="%s" НалСт="22%%" СтТовУчНал="%s"><СумНал><СумНал>%s</СумНал></СумНал></СведТов>\n'
            '   <ВсегоОпл СтТовБезНДСВсего="%s" СтТовУчНалВсего="%s"><СумНалВсего><СумНал>%s</СумНал></СумНалВсего></ВсегоОпл>\n'
            '  </ТаблСчФакт>\n </Документ>\n</Файл>\n'
            % (inv, inv, date, seller, buyer, net, net, total, tax, net, total, tax)).replace("&quot;", '"').encode("windows-1251")


def build():
    C = D["clients"]
    M = []
    M.append(inv_copy(D, "01_schet_dramteatr_1251", 0, 0, "Счёт № КСТ-26-0401 от 02.11.2026",
        "Добрый день, Елена Викторовна!\n\nНаправляем счёт на оплату за осеннее техническое обслуживание машинерии сцены.\n\n"
        "Счёт № КСТ-26-0401 от 02.11.2026\nСумма без НДС: 250 000,00 руб.\nНДС 22 %: 55 000,00 руб.\nИтого к оплате: 305 000,00 руб.\n\n"
        "Срок оплаты — 10 рабочих дней, до 16.11.2026 включительно." + SIG_A, t(11, 2, 10, 4),
        L(invoice_numbers="КСТ-26-0401", amount="305000.00", issue_date="2026-11-02", due_date="2026-11-16", payment_terms_days="",
          note="windows-1251 8bit; terms in business days so no plain day count; VAT 22% (2026)"), charset="windows-1251", cte="8bit"))
    M.append(inv_copy(D, "02_schet_arena_avans_bcc", 1, 1, "Счёт на аванс КСТ-26-0402 по договору 31/10-2026",
        "Дмитрий, добрый день.\n\nПо договору № 31/10-2026 (общая стоимость работ 3 600 000,00 руб., в т.ч. НДС 22 %) выставляем счёт на аванс 50 %:\n\n"
        "Счёт КСТ-26-0402 от 05.11.2026\nАванс 50 %: 1 800 000,00 руб., в т.ч. НДС 22 % — 324 590,16 руб.\nОплата в течение 7 календарных дней (до 12.11.2026)." + SIG_I,
        t(11, 5, 17, 30), L(invoice_numbers="КСТ-26-0402", amount="1800000.00", issue_date="2026-11-05", due_date="2026-11-12", payment_terms_days="7",
                              note="Bcc; contract value and VAT-included figures are decoys"), mode="bcc"))
    M.append(inv_copy(D, "03_upd_metallurg_xml", 0, 2, "УПД КСТ-26-0403",
        "Ольга Николаевна, добрый день! Во вложении УПД в формате ФНС. Оплата в течение 30 календарных дней с даты документа." + SIG_A,
        t(11, 9, 11, 10), L(invoice_numbers="КСТ-26-0403", amount="102480.00", issue_date="2026-11-09", due_date="2026-12-09", payment_terms_days="30",
                              note="amounts only in windows-1251 UPD XML; terms in body"),
        atts=[ATT("ON_NSCHFDOPPR_КСТ-26-0403.xml".replace("КСТ", "KST"), "application/xml",
                  upd("КСТ-26-0403", "09.11.2026", "ООО \"Корвейн Сценические Технологии\"", "МБУК \"ДК Металлург\"", "84000.00", "18480.00", "102480.00"))]))
    p = pdf(["CORVANE STAGE TECHNOLOGIES LLC / OOO Korveyn", "INVOICE (SCHET) No. KST-26-0404", "Date: 11.11.2026",
             "Customer: Baltika Congress Centre LLC", "Motorised projection screens, hall A      120 000,00 RUB",
             "VAT 22%                                    26 400,00 RUB", "TOTAL                                     146 400,00 RUB",
             "Payment due: 25.11.2026 (14 days)"])
    M.append(inv_copy(D, "04_schet_baltika_pdf", 1, 8, "Invoice / счёт KST-26-0404",
        "Марина, добрый день! Счёт во вложении (двуязычный, для вашей головной компании).\n" + SIG_I, t(11, 11, 12, 0),
        L(invoice_numbers="КСТ-26-0404", amount="146400.00", issue_date="2026-11-11", due_date="2026-11-25", payment_terms_days="14",
          note="PDF only, number in Latin transliteration KST- = КСТ-"), atts=[ATT("KST-26-0404.pdf", "application/pdf", p)]))
    M.append(inv_copy(D, "05_schet_prokat_koi8_pereplata", 0, 3, "Счёт КСТ-26-0405 (с учётом переплаты)",
        "Артём, здравствуйте!\n\nСчёт КСТ-26-0405 от 16.11.2026 на 61 000,00 руб. Учитываем вашу переплату 5 000,00 руб. по счёту КСТ-26-0317, "
        "поэтому к оплате 56 000,00 руб.\nСрок оплаты — 30 дней (до 16.12.2026)." + SIG_A, t(11, 16, 9, 15),
        L(invoice_numbers="КСТ-26-0405", amount="56000.00", issue_date="2026-11-16", due_date="2026-12-16", payment_terms_days="30",
          note="KOI8-R; prior overpayment netted"), charset="koi8-r"))
    M.append(inv_copy(D, "06_schet_polarstar_predv", 1, 5, "Предварительный счёт КСТ-26-0406",
        "Сергей, привет.\n\nКидаю предварительный счёт, чтобы ты мог завести заявку. Сумма ориентировочная — около 420 000 руб., точная будет после закрытия "
        "смен и подписания акта. Финальный счёт заменит этот.\n\nКСТ-26-0406 от 18.11.2026\n" + SIG_I, t(11, 18, 21, 5),
        L(invoice_numbers="КСТ-26-0406", amount="420000.00", issue_date="2026-11-18", due_date="", payment_terms_days="", needs_human=True,
          note="provisional, approximate amount, no due date")))
    M.append(inv_copy(D, "07_schet_onega_html_b64", 0, 4, "Счёт КСТ-26-0407 — Фестиваль Белые ночи Онеги",
        "Счёт КСТ-26-0407 от 20.11.2026\nИтого: 95 160,00 руб. (в т.ч. НДС 22 %)\nСкидка 3 % при оплате до 27.11.2026; иначе оплата до 20.12.2026.\n",
        t(11, 20, 14, 45), L(invoice_numbers="КСТ-26-0407", amount="95160.00", issue_date="2026-11-20", due_date="2026-12-20", payment_terms_days="30",
                               note="HTML base64; early-payment discount optional"),
        html="<html><body><p>Наталья, добрый день!</p><p>Направляем счёт:</p><table border='1'><tr><td>Номер</td><td>КСТ-26-0407 от 20.11.2026</td></tr>"
             "<tr><td>Итого</td><td><b>95&nbsp;160,00&nbsp;руб.</b> (в т.ч. НДС 22&nbsp;%)</td></tr><tr><td>Условия</td><td>Скидка 3&nbsp;% при оплате до 27.11.2026; "
             "иначе оплата до 20.12.2026</td></tr></table><p>Анна Соколова</p></body></html>", cte="base64"))
    M.append(inv_copy(D, "08_schet_filarmonia_grafik", 1, 6, "Счёт КСТ-26-0408 — платёж 2 из 4 по графику",
        "Коллеги, добрый день.\n\nСогласно графику платежей к договору 12-ФП/2026 (всего 600 000,00 руб., 4 платежа) направляем счёт на второй платёж.\n\n"
        "Счёт КСТ-26-0408 от 24.11.2026 — 150 000,00 руб., в т.ч. НДС 22 % — 27 049,18 руб.\n"
        "Оплатить до 04.12.2026.\n" + SIG_I, t(11, 24, 10, 10),
        L(invoice_numbers="КСТ-26-0408", amount="150000.00", issue_date="2026-11-24", due_date="2026-12-04", payment_terms_days="10",
          note="installment 2 of 4; contract total 600000 is a decoy")))
    # read receipts
    o = orig(D, "r0401", 0, "КСТ-26-0401", t(11, 5, 9))
    M.append(mdn("09_rr_dramteatr_mdn", "ru", o, "Елена Мартынова", C[0][2], t(11, 5, 9, 47), subj_prefix="Прочитано: ",
                 human_text="Это уведомление о прочтении сообщения, отправленного на адрес %s.\n\nСообщение было показано получателю.\n" % C[0][2],
                 extra_label=dict(invoice_numbers="КСТ-26-0401"), charset="koi8-r"))
    o = orig(D, "r0339", 8, "КСТ-26-0339", t(11, 19, 9))
    M.append(mdn("10_rr_baltika_outlook", "ru", o, "Марина Смирнова", C[8][2], t(11, 19, 15, 3), style="outlook_thread", subj_prefix="Прочитано: ",
                 human_text="Ваше сообщение\n\n  Кому: Марина Смирнова\n  Тема: %s\n  Отправлено: 19.11.2026 9:00\n\nбыло прочитано 19.11.2026 15:03.\n" % o["subject"],
                 charset="windows-1251", extra_label=dict(invoice_numbers="КСТ-26-0339")))
    o = orig(D, "r0356", 2, "КСТ-26-0356", t(11, 23, 9))
    M.append(mdn("11_rr_metallurg_mdn", "ru", o, "ДК Металлург", C[2][2], t(11, 24, 8, 0), subj_prefix="Уведомление о прочтении: ",
                 disposition="manual-action/MDN-sent-manually; displayed",
                 human_text="Ваше письмо «%s» прочитано.\n" % o["subject"], extra_label=dict(invoice_numbers="КСТ-26-0356")))
    # bounces
    o = orig(D, "b0356", 2, "КСТ-26-0356", t(11, 16, 9))
    o["to"] = ["dk_metallurg@yandex.ru"]
    M.append(bounce("12_bounce_metallurg_yandex", "ru", "ru_yandex", o, ["dk_metallurg@yandex.ru"], True, "user_unknown", "5.1.1",
                    "550 5.7.1 No such user!", t(11, 16, 9, 1), "mx.yandex.ru", label=dict(invoice_numbers="КСТ-26-0356"),
                    note="Russian KOI8-R Yandex bounce; typo variant of known address"))
    o = orig(D, "b0344", 7, "КСТ-26-0344", t(11, 18, 9))
    M.append(bounce("13_bounce_guseinov_full", "en", "dsn", o, [C[7][2]], True, "mailbox_full", "5.2.2",
                    "552 5.2.2 Mailbox size limit exceeded", t(11, 18, 9, 0), "mxs.mail.ru", label=dict(invoice_numbers="КСТ-26-0344"),
                    note="permanent mailbox full of the known contact"))
    o = orig(D, "b0317", 3, "КСТ-26-0317", t(11, 20, 9))
    o["to"] = ["a.kovalev@prokat-svz.ru"]
    M.append(bounce("14_bounce_prokat_exchange", "en", "exchange", o, ["a.kovalev@prokat-svz.ru"], True, "user_unknown", "5.1.1",
                    "550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", t(11, 20, 9, 0),
                    "EX01.prokat-svz.ru", label=dict(invoice_numbers="КСТ-26-0317")))
    o = orig(D, "b0408", 6, "КСТ-26-0408", t(11, 27, 9))
    M.append(bounce("15_bounce_filarmonia_delayed", "en", "exim", o, [C[6][2]], False, "other", "4.3.2",
                    "SMTP error from remote mail server after RCPT TO:<buh@privolzhye-phil.ru>:\n    421 4.3.2 Service not available, closing transmission channel",
                    t(11, 28, 9, 5), "mail.privolzhye-phil.ru", label=dict(invoice_numbers="КСТ-26-0408"), note="Exim delay warning, temporary"))
    o = orig(D, "b0350", 9, "КСТ-26-0350", t(11, 24, 9))
    M.append(bounce("16_bounce_circus_spam", "en", "dsn", o, [C[9][2]], True, "spam", "5.7.1",
                    "550 5.7.1 Message rejected as spam by Content Filtering.", t(11, 24, 9, 1), "mx.circus-fontanka-service.ru",
                    label=dict(invoice_numbers="КСТ-26-0350")))
    # auto replies
    o = orig(D, "a0401", 0, "КСТ-26-0401", t(12, 1, 9))
    M.append(autorep(D, "17_ar_dramteatr_otpusk", "ru", addr("Елена Мартынова", C[0][2]), "Автоответ: " + o["subject"],
        "Здравствуйте!\n\nЯ нахожусь в отпуске до 11 декабря включительно. С 14 декабря буду на рабочем месте.\nПо срочным вопросам: главный бухгалтер "
        "Н. П. Громова, +7 (812) 555-18-40.\n\nЕ. В. Мартынова", t(12, 1, 9, 1), "2026-12-14", o, charset="windows-1251", cte="base64"))
    o = orig(D, "a0361", 4, "КСТ-26-0361", t(11, 30, 9))
    M.append(autorep(D, "18_ar_onega_es", "es", "Lucía Romero <lucia.romero@onega-fest.ru>", "Respuesta automática: " + o["subject"],
        "Hola:\n\nEstaré fuera de la oficina hasta el domingo 6 de diciembre. Vuelvo el lunes 7 de diciembre de 2026.\n\nUn saludo,\nLucía Romero\nCoordinación internacional",
        t(11, 30, 9, 0), "2026-12-07", o, std="vendor", note="Spanish"))
    o = orig(D, "a0328", 0, "КСТ-26-0328", t(12, 2, 9))
    o["to"] = ["zam.buh@dramteatr-neva.ru"]
    M.append(autorep(D, "19_ar_dramteatr_ponedelnik_noheaders", "ru", "Зам. главного бухгалтера <zam.buh@dramteatr-neva.ru>", "Re: " + o["subject"],
        "Добрый день. Я на больничном, буду на связи в понедельник. Спасибо за понимание.", t(12, 2, 9, 0), "2026-12-07", o, std=False,
        charset="koi8-r", note="no auto headers; 'в понедельник' from Wed 2 Dec"))
    o = orig(D, "a0404", 8, "КСТ-26-0404", t(12, 4, 9))
    M.append(autorep(D, "20_ar_baltika_en", "en", "Henrik Lund <henrik.lund@baltika-cc.ru>", "Out of office",
        "Thank you for your message. I am on annual leave and will return on 21 December 2026. For invoices please contact m.smirnova@baltika-cc.ru.\n\nHenrik Lund\nCFO",
        t(12, 4, 9, 0), "2026-12-21", o))
    o = orig(D, "a0333", 6, "КСТ-26-0333", t(11, 25, 9))
    M.append(autorep(D, "21_ar_filarmonia_sed", "ru", "СЭД Филармонии <buh@privolzhye-phil.ru>", "Ваше обращение зарегистрировано № 4471/вх",
        "Ваше письмо получено и зарегистрировано в системе электронного документооборота под № 4471/вх от 25.11.2026.\n"
        "Срок рассмотрения — до 10 рабочих дней. Это письмо сформировано автоматически, отвечать на него не нужно.",
        t(11, 25, 9, 2), "", o, note="registration acknowledgement; '10 working days' is not a return date"))
    # challenge
    o = orig(D, "c0344", 7, "КСТ-26-0344", t(11, 12, 9))
    M.append(challenge(D, "22_challenge_guseinov", "ru", C[7][2], "АнтиСпам-Щит", "antispam-shield.ru",
        "Здравствуйте!\n\nВаше письмо для %s («%s») задержано системой защиты от спама.\n\nЧтобы письмо было доставлено, подтвердите, что вы не робот, "
        "перейдя по ссылке:\n\nhttps://antispam-shield.ru/confirm/5c2e91\n\nПодтверждение требуется один раз.\n" % (C[7][2], o["subject"]),
        t(11, 12, 9, 1), o))
    # payments
    M.append(notifier(D, "23_pay_bank_dramteatr", "bank", "Поступление средств на счёт *7126",
        "Уважаемый клиент!\n\nНа ваш счёт 40702810900000447126 поступили денежные средства.\n\nСумма: 305 000,00 RUB\nДата валютирования: 13.11.2026\n"
        "Плательщик: ГАУК \"ДРАМАТИЧЕСКИЙ ТЕАТР НА НЕВЕ\"\nНазначение платежа: Оплата по счету КСТ-26-0401 от 02.11.2026 за техобслуживание. В т.ч. НДС 22% 55000.00\n\n"
        "Банк «Северный Путь»", t(11, 13, 15, 2), L(invoice_numbers="КСТ-26-0401", amount="305000.00", payment_date="2026-11-13", payment_full=True,
                                                   note="VAT figure in purpose is a decoy"), charset="windows-1251"))
    M.append(notifier(D, "24_pay_psp_onega", "psp", "Платёж успешно получен",
        "Получен платёж\n\nСумма: 95 160,00 ₽\nКомиссия сервиса (2,8 %): 2 664,48 ₽\nК зачислению: 92 495,52 ₽\nЗаказ: КСТ-26-0407\nПлательщик: АНО «Фестиваль Белые ночи Онеги»\n"
        "Дата: 03.12.2026\n\nПэйРека", t(12, 3, 18, 20),
        L(invoice_numbers="КСТ-26-0407", amount="95160.00", payment_date="2026-12-03", payment_full=True, note="gross vs net after PSP fee")))
    M.append(notifier(D, "25_pay_bank_polarstar_two", "bank", "Поступление средств на счёт *7126",
        "Уважаемый клиент!\n\nНа ваш счёт поступили денежные средства.\n\nСумма: 207 500,00 RUB\nДата валютирования: 24.11.2026\nПлательщик: ООО \"КИНОКОМПАНИЯ ПОЛЯРНАЯ ЗВЕЗДА\"\n"
        "Назначение платежа: Оплата по сч. КСТ-26-0311 (120000-00), КСТ-26-0322 (87500-00), НДС не выделен\n\nБанк «Северный Путь»", t(11, 24, 11, 40),
        L(invoice_numbers="КСТ-26-0311;КСТ-26-0322", amount="207500.00", payment_date="2026-11-24", payment_full=True,
          allocations="КСТ-26-0311=120000.00;КСТ-26-0322=87500.00", note="two invoices, amounts in 120000-00 notation")))
    M.append(notifier(D, "26_pay_bank_arena_partial", "bank", "Поступление средств на счёт *7126",
        "Уважаемый клиент!\n\nНа ваш счёт поступили денежные средства.\n\nСумма: 900 000,00 RUB\nДата валютирования: 20.11.2026\nПлательщик: ООО \"АРЕНА СИБИРЬ\"\n"
        "Назначение платежа: Частичная оплата аванса по сч. КСТ-26-0402 от 05.11.2026\n\nБанк «Северный Путь»", t(11, 20, 10, 5),
        L(invoice_numbers="КСТ-26-0402", amount="900000.00", payment_date="2026-11-20", payment_full=False, needs_human=True, note="partial")))
    M.append(notifier(D, "27_pay_bank_guseinov_noref", "bank", "Поступление средств на счёт *7126",
        "Уважаемый клиент!\n\nНа ваш счёт поступили денежные средства.\n\nСумма: 48 000,00 RUB\nДата валютирования: 02.12.2026\nПлательщик: ИП ГУСЕЙНОВ РУСЛАН АЛИЕВИЧ\n"
        "Назначение платежа: Оплата по договору 17/2026 без НДС\n\nБанк «Северный Путь»", t(12, 2, 12, 12),
        L(invoice_numbers="", amount="48000.00", payment_date="2026-12-02", payment_full="", needs_human=True,
          note="refers to contract, not invoice; cannot allocate without a person")))
    # other
    M.append(notifier(D, "28_other_lookalike_bank", "bank", "Поступление средств на счёт *7126",
        "Уважаемый клиент!\n\nПоступление 1 800 000,00 RUB по сч. КСТ-26-0402 приостановлено. Для зачисления подтвердите реквизиты: https://sevput-bank.com/confirm\n",
        t(11, 22, 4, 30), L(invoice_numbers="КСТ-26-0402", needs_human=True, note="look-alike sevput-bank.com"),
        kind="other", frm="Банк «Северный Путь» <info@sevput-bank.com>", auth="spf=pass smtp.mailfrom=sevput-bank.com; dkim=pass header.d=sevput-bank.com; dmarc=pass header.from=sevput-bank.com"))
    M.append(notifier(D, "29_other_displayname_spoof", "bank", "Поступление средств на счёт *7126",
        "Уважаемый клиент!\n\nНа ваш счёт поступили денежные средства.\n\nСумма: 146 400,00 RUB\nПлательщик: ООО \"КОНГРЕСС-ЦЕНТР БАЛТИКА\"\nНазначение платежа: КСТ-26-0404\n",
        t(11, 26, 5, 5), L(invoice_numbers="КСТ-26-0404", needs_human=True, note="display name claims the bank address; real sender is a yandex mailbox"),
        kind="other", frm="\"info@sevput-bank.ru\" <sevput.notify@yandex.ru>",
        auth="spf=pass smtp.mailfrom=yandex.ru; dkim=pass header.d=yandex.ru; dmarc=pass header.from=yandex.ru"))
    M.append(Msg("30_other_newsletter", "other", "ru", "Журнал «Сцена и техника» <news@scena-tech.ru>", BOT,
        "Дайджест: новые СНиП для сценических подъёмов, ЭДО с 2027 года, отсрочки платежей в отрасли", t(11, 27, 7, 0),
        ALT("Сцена и техника — дайджест недели\n\n1. Новые требования к сценическим подъёмам\n2. ЭДО с 2027 года: что нужно знать\n"
            "3. Опрос: 40 % площадок задерживают оплату подрядчикам\n\nОтписаться: https://scena-tech.ru/unsub",
            "<html><body><h2>Сцена и техника</h2><ol><li>Подъёмы</li><li>ЭДО</li><li>Задержки оплаты</li></ol></body></html>", "koi8-r"),
        extra=[("List-Unsubscribe", "<https://scena-tech.ru/unsub>"), ("Precedence", "bulk")], label=L(note="newsletter")))
    M.append(staff_mail(D, "31_other_internal", 1, addr("Анна Соколова", D["staff"][0][1]), "Гусейнов / договор 17",
        "Ань, Гусейнов звонил, говорит, что 48 тыс. по договору 17 — это за КСТ-26-0344, но там счёт на 52 тыс. Разберись, пожалуйста, когда будет время.\n\nИ.",
        t(12, 2, 14, 0), L(invoice_numbers="КСТ-26-0344", needs_human=True, note="internal chatter, bot Cc; hints at short payment"),
        cc="Corvane Дебиторка <receivables@corvane-group.com>", charset="windows-1251", cte="8bit"))
    # replies
    o = orig(D, "c0328", 0, "КСТ-26-0328", t(11, 26, 9))
    M.append(reply(D, "32_reply_dramteatr_ponedelnik", 0,
        "Добрый день!\n\nСчёт КСТ-26-0328 оплатим в понедельник, платёжка уже в казначействе.\n\nС уважением,\nЕ. В. Мартынова\n\n"
        "26.11.2026, 09:00, \"Corvane Дебиторка\" <receivables@corvane-group.com>:\n> Добрый день! Надеемся, у вас всё хорошо.\n> Напоминаем, что счёт КСТ-26-0328 "
        "на сумму 74 000,00 руб. был к оплате 19.11.2026.\n> Если вы уже оплатили, пожалуйста, не обращайте внимания на это письмо.\n",
        t(11, 26, 11, 30), L(intent="promise", invoice_numbers="КСТ-26-0328", promised_date="2026-11-30", note="'в понедельник' on Thu 26 Nov"),
        o=o, charset="koi8-r", mailer="Yandex.Mail"))
    o = orig(D, "c0339", 8, "КСТ-26-0339", t(11, 25, 9))
    M.append(reply(D, "33_reply_baltika_paid", 8,
        "Добрый день.\n\nОплачено платёжным поручением № 4412 от 25.11.2026 на сумму 73 200,00 руб. Копию п/п прикладываю.\n\nМарина Смирнова\nбухгалтер",
        t(11, 26, 10, 2), L(intent="paid", invoice_numbers="КСТ-26-0339", amount="73200.00", currency="RUB", payment_date="2026-11-25", note="paid claim"),
        o=o, charset="windows-1251"))
    o = orig(D, "c0350", 9, "КСТ-26-0350", t(11, 20, 9))
    M.append(reply(D, "34_reply_circus_pretenzia", 9,
        "Оплачивать КСТ-26-0350 не будем до устранения замечаний. Акт выполненных работ мы не подписали: лебёдка № 3 шумит и не держит позицию. "
        "Претензию направили письмом 18.11.\n\nКотов П. С.", t(11, 20, 16, 45),
        L(intent="dispute", invoice_numbers="КСТ-26-0350", note="formal claim, act not signed"), o=o))
    o = orig(D, "c0344", 7, "КСТ-26-0344", t(11, 27, 9))
    M.append(reply(D, "35_reply_guseinov_stop", 7,
        "хватит мне слать эти письма от робота. надо что то - звоните, телефон у игоря есть\n\nОтправлено из мобильной Почты Mail.ru", t(11, 27, 22, 13),
        L(intent="stop", invoice_numbers="КСТ-26-0344", note="informal stop request from mobile"), o=o, mailer="Mail.ru Mobile"))
    o = orig(D, "c0356", 2, "КСТ-26-0356", t(11, 26, 9))
    M.append(reply(D, "36_reply_metallurg_rassrochka", 2,
        "Уважаемые коллеги!\n\nВ связи с отсутствием финансирования до конца года просим предоставить рассрочку по счёту КСТ-26-0356 (132 000,00 руб.) "
        "на три месяца равными платежами — в декабре, январе и феврале.\n\nДиректор МБУК «ДК Металлург»\nО. Н. Петренко", t(11, 27, 9, 30),
        L(intent="plan", invoice_numbers="КСТ-26-0356", amount="132000.00", currency="RUB", needs_human=True, note="plan request"), o=o))
    o = orig(D, "c0333", 6, "КСТ-26-0333", t(11, 23, 9))
    M.append(reply(D, "37_reply_filarmonia_edo", 6,
        "Добрый день! Для оплаты КСТ-26-0333 нам необходимы счёт-фактура и акт через ЭДО (Диадок). Пришлите, пожалуйста, приглашение. Бухгалтерия",
        t(11, 23, 12, 10), L(intent="question", invoice_numbers="КСТ-26-0333", note="needs EDO documents before paying"), o=o))
    o = orig(D, "c0317", 3, "КСТ-26-0317", t(11, 20, 9))
    M.append(reply(D, "38_reply_prokat_konec_mesyaca", 3,
        "Артём на связи. До конца месяца закроем, не переживайте)", t(11, 20, 13, 13),
        L(intent="promise", invoice_numbers="КСТ-26-0317", promised_date="2026-11-30", note="'до конца месяца' on 20 Nov => Mon 30 Nov"), o=o,
        mailer="iPhone Mail (21C66)"))
    o = orig(D, "c0361", 4, "КСТ-26-0361", t(12, 1, 9))
    M.append(reply(D, "39_reply_onega_negated", 4,
        "Добрый день!\n\nК сожалению, не можем обещать оплату КСТ-26-0361 до Нового года: грант Президентского фонда ещё не поступил. Как только средства "
        "придут, сразу оплатим и сообщим.\n\nНаталья Ильина", t(12, 1, 15, 0),
        L(intent="other", invoice_numbers="КСТ-26-0361", needs_human=True, note="negated promise, conditional"), o=o))
    o = orig(D, "c0401", 0, "КСТ-26-0401", t(11, 10, 9))
    M.append(reply(D, "40_reply_dramteatr_quoted", 0,
        "Спасибо, счёт получили, передали на согласование.\n\n-----Original Message-----\nFrom: Corvane Дебиторка\nSent: Tuesday, November 10, 2026 9:00 AM\n"
        "Subject: %s\n\nЕсли вы уже произвели оплату, пожалуйста, не обращайте внимания на это письмо. Сумма к оплате: 305 000,00 руб.\n" % o["subject"],
        t(11, 10, 12, 40), L(intent="other", invoice_numbers="КСТ-26-0401", note="payment wording only in quote"), o=o, charset="windows-1251"))
    o = orig(D, "c0406", 5, "КСТ-26-0406", t(12, 1, 9))
    M.append(reply(D, "41_reply_polarstar_soft", 5,
        "Привет! Постараемся на следующей неделе, но ничего не обещаю — продюсер в экспедиции, подпись только у него.\nСергей", t(12, 1, 19, 0),
        L(intent="promise", invoice_numbers="КСТ-26-0406", promised_date="2026-12-11", needs_human=True,
          note="soft 'постараемся на следующей неделе' on Tue 1 Dec => Fri 11 Dec; provisional invoice"), o=o))
    o = orig(D, "c0404", 8, "КСТ-26-0404", t(11, 30, 9))
    M.append(reply(D, "42_reply_baltika_mixed", 8,
        "Добрый день!\n\n1) КСТ-26-0404 оплатим 10 декабря.\n2) По КСТ-26-0339 напоминание пришло ошибочно — мы оплатили его 25.11, проверьте, пожалуйста.\n\nМарина",
        t(11, 30, 11, 11), L(intent="promise", invoice_numbers="КСТ-26-0404;КСТ-26-0339", promised_date="2026-12-10", needs_human=True,
                               note="mixed: promise for 0404, paid claim for 0339"), o=o))
    M.append(reply(D, "43_reply_arena_fwd_plan", 1,
        "Добрый день, пересылаю решение директора по авансу.\nДмитрий\n\n-------- Пересылаемое сообщение --------\n01.12.2026, 10:12, Громов В. <gromov@arena-sibir.ru>:\n\n"
        "Дима, по Корвейну аванс платим частями: 900 тыс. уже ушло, остальные 900 — после 15 декабря, когда придут деньги от города. Так им и передай.\n",
        t(12, 1, 12, 5), L(intent="plan", invoice_numbers="КСТ-26-0402", needs_human=True,
                             note="forwarded decision: split advance, remainder 'after 15 Dec' (no firm date)"),
        subj="Fwd: аванс Корвейн КСТ-26-0402", charset="koi8-r"))
    o = orig(D, "c0333b", 6, "КСТ-26-0333", t(12, 1, 9))
    M.append(reply(D, "44_reply_filarmonia_resched", 6,
        "Добрый день! Документы по ЭДО получили, спасибо. Ранее мы писали, что оплатим до 4 декабря, но казначейство перенесло платёжный день — "
        "оплата КСТ-26-0333 пройдёт 18 декабря. Бухгалтерия", t(12, 2, 10, 10),
        L(intent="promise", invoice_numbers="КСТ-26-0333", promised_date="2026-12-18", note="rescheduled promise; old date 4 Dec is a decoy"), o=o))
    return M

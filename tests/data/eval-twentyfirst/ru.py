from common import *

SD = "kettlebrook-lesa.ru"
NOTIFIERS = ["info@sberbank.ru", "noreply@tbank.ru", "notify@kaspi.kz"]
IS = addr("Ирина Соколова", "i.sokolova@" + SD)
DO = addr("Дмитрий Орлов", "d.orlov@" + SD)
S = lambda inv: f"Напоминание об оплате счёта {inv}"
R = {
    1: reminder("2024-11-05", "buh@stroymontazh-m.ru", "KR-24-0918", "186400.00", "RUB", "2024-10-29", S("KR-24-0918")),
    2: reminder("2024-11-05", "oplata@severstroy.ru", "KR-24-0923", "94500.00", "RUB", "2024-10-31", S("KR-24-0923")),
    3: reminder("2024-11-06", "finance@almatybuild.kz", "KR-24-0927", "2850000.00", "KZT", "2024-10-31", S("KR-24-0927")),
    4: reminder("2024-11-06", "zakupki@volga-fasad.ru", "KR-24-0895;KR-24-0907", "52000.00;73800.00", "RUB", "2024-10-18;2024-10-25", "Сверка: неоплаченные счета ООО «Волга-Фасад»"),
    5: reminder("2024-11-07", "info@event-stage.ru", "KR-24-0931", "312000.00", "RUB", "2024-11-01", S("KR-24-0931")),
    6: reminder("2024-11-08", "a.petrova@mail.ru", "KR-24-0935", "28600.00", "RUB", "2024-11-05", S("KR-24-0935")),
    7: reminder("2024-11-11", "buhgalteria@astana-montage.kz", "KR-24-0940", "1420000.00", "KZT", "2024-11-06", S("KR-24-0940")),
    8: reminder("2024-11-12", "dogovor@uralspetsstroy.ru", "KR-24-0944", "145250.00", "RUB", "2024-11-08", S("KR-24-0944")),
    9: reminder("2024-11-12", "snab@spb-fasadmontazh.ru", "KR-24-0929", "41600.00", "RUB", "2024-11-05", S("KR-24-0929")),
    10: reminder("2024-11-13", "buh@kazan-stroyinvest.ru", "KR-24-0937", "67900.00", "RUB", "2024-11-08", S("KR-24-0937")),
    11: reminder("2024-11-13", "office@karaganda-promstroy.kz", "KR-24-0939", "980000.00", "KZT", "2024-11-08", S("KR-24-0939")),
    12: reminder("2024-11-14", "direktor@tula-krovlya.ru", "KR-24-0942", "58300.00", "RUB", "2024-11-11", S("KR-24-0942")),
}
REM_BODY = lambda r: f"""Добрый день!

Надеемся, у вас всё хорошо. Напоминаем, что срок оплаты счёта {r['inv']} на сумму {r['amt']} {r['cur']} истёк {r['due']}.
Если вы уже оплатили счёт, просто не обращайте внимания на это письмо.

С уважением,
бухгалтерия «Кеттлбрук Леса»"""


def build():
    d = Desk("ru", R)
    A = ares

    def inv(slug, frm, to, subj, date, content, key, cc=BOT, extra=(), cs="utf-8", **lab):
        d.add(slug, message(H(A(SD), frm, to, subj, date, mid(key, SD), cc=cc, extra=extra, cs=cs), content), kind="invoice_copy", language="ru", **lab)

    inv("schet_obychny", IS, "buh@stroymontazh-m.ru", "Счёт № KR-24-0950 от 13.11.2024",
        "2024-11-13 11:00 +0300", text("""Добрый день!

Направляем счёт на аренду строительных лесов (объект: ул. Профсоюзная, 56).

Счёт № KR-24-0950 от 13.11.2024
Сумма: 215 400,00 руб., в т.ч. НДС 20% — 35 900,00 руб.
Срок оплаты: 30 календарных дней с даты счёта.

С уважением,
Ирина Соколова
ООО «Кеттлбрук Леса»"""), "ru-inv1",
        invoice_numbers="KR-24-0950", amount="215400.00", currency="RUB", issue_date="2024-11-13", due_date="2024-12-13", payment_terms_days=30, needs_human=False)
    inv("avans_vs_dogovor", DO, "info@event-stage.ru", "Счёт на аванс KR-24-0951 — сцена «Зимний фестиваль»",
        "2024-11-14 15:20 +0300", text("""Здравствуйте, Олег!

Как договаривались, выставляем счёт на аванс.

Сумма договора: 1 240 000,00 руб.
Счёт № KR-24-0951 от 14.11.2024 — аванс 30%: 372 000,00 руб.
Оплатить в течение 5 календарных дней.

Остаток будет выставлен после монтажа.

Дмитрий Орлов"""), "ru-inv2",
        invoice_numbers="KR-24-0951", amount="372000.00", currency="RUB", issue_date="2024-11-14", due_date="2024-11-19", payment_terms_days=5, needs_human=False, note="advance vs contract value")
    inv("bez_nds_s_nds_koi8", IS, "zakupki@volga-fasad.ru", "Счёт KR-24-0952",
        "2024-11-15 10:30 +0300", text("""Добрый день!

Счёт KR-24-0952 от 15.11.2024 (леса рамные, 3 недели).

Сумма без НДС:  95 000,00 руб.
НДС 20%:        19 000,00 руб.
Итого к оплате: 114 000,00 руб.

Оплатить до 20.12.2024.

Ирина""", cs="koi8-r"), "ru-inv3", cs="koi8-r",
        invoice_numbers="KR-24-0952", amount="114000.00", currency="RUB", issue_date="2024-11-15", due_date="2024-12-20", needs_human=False, note="net vs gross; KOI8-R; fixed due date")
    p = pdf(["KETTLEBROOK LESA LLC", "INVOICE No. KR-24-0953", "Date: 15.11.2024",
             "Buyer: Almaty Build LLP, Almaty", "Scaffold rental, November   KZT 3 053 571", "VAT 12%   KZT 366 429",
             "TOTAL DUE   KZT 3 420 000", "Payment terms: 15 days"])
    inv("tolko_pdf", DO, "finance@almatybuild.kz", "Счёт во вложении",
        "2024-11-15 12:00 +0300", multi("mixed", [text("Добрый день!\n\nСчёт за ноябрь во вложении.\n\nДмитрий"), attach(p, "application/pdf", "KR-24-0953.pdf")], "ru-inv4"),
        "ru-inv4", invoice_numbers="KR-24-0953", amount="3420000.00", currency="KZT", issue_date="2024-11-15", due_date="2024-11-30", payment_terms_days=15, needs_human=False, note="facts only in PDF (English PDF)")
    inv("html_cp1251", IS, "oplata@severstroy.ru", "Счёт на оплату KR-24-0954",
        "2024-11-18 09:10 +0300", text("""<html><body><p>Уважаемые коллеги!</p>
<p>Счёт № <b>KR-24-0954</b> от 18.11.2024</p>
<table border="1"><tr><td>Аренда хомутовых лесов</td><td>76 800,00 руб.</td></tr></table>
<p>Срок оплаты — 14 дней.</p><p>С уважением, Ирина Соколова</p></body></html>""", sub="html", cs="windows-1251"), "ru-inv5", cs="windows-1251",
        invoice_numbers="KR-24-0954", amount="76800.00", currency="RUB", issue_date="2024-11-18", due_date="2024-12-02", payment_terms_days=14, needs_human=False, note="HTML only, windows-1251")
    inv("zachet_predoplaty", DO, "dogovor@uralspetsstroy.ru", "Счёт KR-24-0955 с зачётом предоплаты",
        "2024-11-18 14:30 +0300", text("""Добрый день!

Счёт № KR-24-0955 от 18.11.2024:        88 000,00 руб.
Зачёт ранее полученной предоплаты:     −30 000,00 руб.
К оплате:                              58 000,00 руб.

Срок оплаты — 30 дней.

Дмитрий Орлов"""), "ru-inv6",
        invoice_numbers="KR-24-0955", amount="58000.00", currency="RUB", issue_date="2024-11-18", due_date="2024-12-18", payment_terms_days=30, needs_human=False, note="prepayment credited; balance due")
    inv("rassrochka_kzt", IS, "buhgalteria@astana-montage.kz", "Счёт KR-24-0956 — 2-й платёж по графику",
        "2024-11-19 10:00 +0300", text("""Добрый день!

По договору № 14/24 (сумма договора 4 260 000 тенге) выставляем счёт на второй платёж из трёх.

Счёт № KR-24-0956 от 19.11.2024
К оплате: 1 420 000 тенге
Срок оплаты: до 06.12.2024

С уважением,
Ирина"""), "ru-inv7",
        invoice_numbers="KR-24-0956", amount="1420000.00", currency="KZT", issue_date="2024-11-19", due_date="2024-12-06", needs_human=False, note="instalment vs contract")
    inv("dva_scheta", DO, "a.petrova@mail.ru", "Счета KR-24-0957 и KR-24-0958",
        "2024-11-19 16:40 +0300", text("""Анна, добрый день!

Высылаю два счёта:
KR-24-0957 — вышка-тура, дача в Звенигороде — 12 400,00 руб.
KR-24-0958 — леса, ремонт фасада — 9 800,00 руб.
Оба от 19.11.2024, срок оплаты 30 дней.

Дмитрий"""), "ru-inv8",
        invoice_numbers="KR-24-0957;KR-24-0958", amount="22200.00", currency="RUB", issue_date="2024-11-19", due_date="2024-12-19", payment_terms_days=30, needs_human=True, note="two invoices; amount = sum")
    inv("bcc_oplata_srazu", IS, "snab@spb-fasadmontazh.ru", "Счёт KR-24-0959",
        "2024-11-20 09:50 +0300", text("""Добрый день!

Счёт № KR-24-0959 от 20.11.2024 на продажу б/у хомутов и башмаков.
Сумма: 34 800,00 руб. (НДС не облагается)
Счёт подлежит оплате в день выставления.

Ирина""", cte="base64"), "ru-inv9", cc=None, extra=(("Delivered-To", BOT),),
        invoice_numbers="KR-24-0959", amount="34800.00", currency="RUB", issue_date="2024-11-20", due_date="2024-11-20", needs_human=False, note="Bcc; payable same day; base64")
    inv("konkuriruyushchie_summy", DO, "buh@kazan-stroyinvest.ru", "KR-24-0960",
        "2024-11-20 13:15 +0300", text("""Добрый день!

Счёт № KR-24-0960 от 20.11.2024, ЖК «Волжские просторы».

Аренда за ноябрь: 64 000,00 руб.
Ориентировочная стоимость аренды за весь срок (4 мес.): 256 000,00 руб.
Доставка: 7 500,00 руб.

Срок оплаты — 30 дней.

Дмитрий"""), "ru-inv10",
        invoice_numbers="KR-24-0960", currency="RUB", issue_date="2024-11-20", due_date="2024-12-20", payment_terms_days=30, needs_human=True, note="competing totals")

    def reply(slug, key, frm, dom, date, body, threaded=True, subj=None, cs="utf-8", cte="quoted-printable", **lab):
        r = R[key]
        irt = r["id"] if threaded else None
        m = message(H(A(dom), frm, BOT, subj or ("Re: " + r["subject"]), date, mid("ru-" + slug, dom), irt=irt, cs=cs), text(body, cs=cs, cte=cte))
        lab.setdefault("invoice_numbers", r["inv"])
        d.add(slug, m, kind="client_reply", language=lab.pop("language", "ru"), original_message_id=irt or "", **lab)

    q = lambda k: "\n\n" + quote(f"{R[k]['date']}, Кеттлбрук Леса <{BOT}> пишет:\n" + REM_BODY(R[k]))
    reply("vchera_oplatili_almaty", 3, addr("Айгуль Нурланова", "finance@almatybuild.kz"), "almatybuild.kz", "2024-11-12 01:10 +0500",
          "Добрый день!\n\nВчера оплатили, платёжное поручение во вложении пришлю утром.\n\nАйгуль" + q(3),
          intent="paid_claim", payment_date="2024-11-11", needs_human=True, note="01:10 Almaty (+05) = 11 Nov 20:10 UTC; вчера = 11 Nov local")
    reply("zavtra_posle_polunochi", 1, addr("Сергей Кузнецов", "buh@stroymontazh-m.ru"), "stroymontazh-m.ru", "2024-11-14 00:30 +0300",
          "Добрый вечер,\n\nизвините за задержку, платёж отправим завтра.\n\nС.Кузнецов" + q(1),
          intent="promise", promised_date="2024-11-15", needs_human=False, note="00:30 MSK (13 Nov UTC); завтра = 15 Nov")
    reply("konec_sleduyushchey_nedeli", 2, addr("Ольга Смирнова", "oplata@severstroy.ru"), "severstroy.ru", "2024-11-15 17:40 +0300",
          "Здравствуйте!\n\nОплату планируем в конце следующей недели.\n\nОльга" + q(2),
          intent="promise", promised_date="2024-11-22", needs_human=False)
    reply("uslovnoe_obeshchanie", 5, addr("Олег Васильев", "info@event-stage.ru"), "event-stage.ru", "2024-11-08 12:15 +0300",
          "Добрый день!\n\nОплатим, как только получим деньги от заказчика, ориентировочно 27 ноября.\n\nОлег" + q(5),
          intent="promise", promised_date="2024-11-27", needs_human=True, note="conditional on funds")
    reply("spor_chastichny", 4, addr("Наталья Егорова", "zakupki@volga-fasad.ru"), "volga-fasad.ru", "2024-11-07 16:20 +0300",
          """Добрый день.

Счёт 0895 оплатим в пятницу. По счёту 0907 не согласны: в акте указано 41 день аренды, фактически леса демонтированы через 31 день. Разница — 18 450 руб., её оплачивать не будем, пришлите, пожалуйста, корректировку.

Н. Егорова""" + q(4), amount="18450.00", currency="RUB", intent="dispute", needs_human=True, note="promise + dispute -> dispute")
    reply("prekratite_pisat", 6, addr("Анна Петрова", "a.petrova@mail.ru"), "mail.ru", "2024-11-08 22:45 +0300",
          "Прекратите присылать мне эти письма. Все вопросы — через моего юриста.",
          intent="stop", needs_human=True)
    reply("rassrochka", 5, addr("Олег Васильев", "info@event-stage.ru"), "event-stage.ru", "2024-11-12 10:00 +0300",
          "Добрый день!\n\nМожем ли мы погасить задолженность частями — четырьмя платежами по 78 000 руб. раз в две недели?\n\nОлег" + q(5),
          amount="78000.00", currency="RUB", intent="plan_request", needs_human=True)
    reply("schet_ne_postupal", 7, addr("Ержан Сапаров", "buhgalteria@astana-montage.kz"), "astana-montage.kz", "2024-11-11 14:30 +0500",
          "Добрый день!\n\nСчёт KR-24-0940 к нам не поступал. Пришлите, пожалуйста, счёт и акт выполненных работ.\n\nЕржан" + q(7),
          intent="not_received", needs_human=False)
    reply("rekvizity", 8, addr("Виктор Лебедев", "dogovor@uralspetsstroy.ru"), "uralspetsstroy.ru", "2024-11-12 13:20 +0500",
          "Добрый день.\n\nПришлите, пожалуйста, актуальные реквизиты (БИК, р/с, ИНН/КПП) — в 1С у нас старый расчётный счёт.\n\nВ. Лебедев" + q(8),
          intent="payment_details", needs_human=False)
    reply("vopros_nds", 1, addr("Сергей Кузнецов", "buh@stroymontazh-m.ru"), "stroymontazh-m.ru", "2024-11-06 09:45 +0300",
          "Добрый день!\n\nПодскажите, счёт выставлен с НДС? Нам для оплаты нужен счёт-фактура, в ЭДО его нет.\n\nСергей" + q(1),
          intent="question", needs_human=True)
    reply("ne_smozhem_na_etoy_nedele", 2, addr("Ольга Смирнова", "oplata@severstroy.ru"), "severstroy.ru", "2024-11-06 11:10 +0300",
          "Добрый день. На этой неделе оплатить не сможем, сроки пока назвать не могу — ждём решения руководства.\n\nОльга" + q(2),
          intent="other", needs_human=True, note="negated promise")
    reply("otmena_perenos_cp1251", 8, addr("Виктор Лебедев", "dogovor@uralspetsstroy.ru"), "uralspetsstroy.ru", "2024-11-20 18:05 +0500",
          "Добрый вечер.\n\nОтбой по вчерашнему письму: в пятницу оплатить не получится. Платёж проведём во вторник, 26-го.\n\nВ. Лебедев",
          cs="windows-1251", cte="8bit", intent="promise", promised_date="2024-11-26", needs_human=False, note="retracted promise with new date; windows-1251 8bit")
    reply("isklyuchite_iz_rassylki", 3, addr("Данияр Омаров", "finance@almatybuild.kz"), "almatybuild.kz", "2024-11-06 16:00 +0500",
          "Добрый день. Просьба исключить наш адрес из рассылки автоматических напоминаний. Расчёты ведутся строго по условиям договора.\n\nД. Омаров" + q(3),
          intent="stop", needs_human=True)

    def pay(slug, frm, dom, subj, date, content, **lab):
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("ru-" + slug, dom)), content), kind="payment_confirmation", language="ru", needs_human=lab.pop("needs_human", False), **lab)

    pay("sber_postuplenie", "СберБизнес <info@sberbank.ru>", "sberbank.ru", "Поступление на счёт", "2024-11-13 10:05 +0300",
        text("Зачисление на счёт ****4471\nСумма: 186 400,00 ₽\nПлательщик: ООО «СТРОЙМОНТАЖ-М»\nНазначение: Оплата по счёту KR-24-0918, в т.ч. НДС 20%\nДата: 13.11.2024"),
        invoice_numbers="KR-24-0918", amount="186400.00", currency="RUB", payment_date="2024-11-13", payment_full=True)
    pay("tbank_chastichno", "Т-Бизнес <noreply@tbank.ru>", "tbank.ru", "Входящий платёж", "2024-11-20 11:30 +0300",
        text("<html><body><p>Входящий платёж</p><p>Сумма: <b>78 000,00 ₽</b></p><p>От: ООО «ИВЕНТ-СТЕЙДЖ»</p><p>Назначение: частичная оплата по сч. KR-24-0931</p><p>Дата: 20.11.2024</p></body></html>", sub="html"),
        invoice_numbers="KR-24-0931", amount="78000.00", currency="RUB", payment_date="2024-11-20", payment_full=False, note="partial; HTML only")
    pay("kaspi_kzt", "Kaspi Business <notify@kaspi.kz>", "kaspi.kz", "Поступление 2 850 000 ₸", "2024-11-11 18:20 +0500",
        text("Поступление на счёт KZ72722C000012345678\nСумма: 2 850 000,00 ₸\nОтправитель: ТОО «Almaty Build»\nНазначение: KR-24-0927\nДата валютирования: 11.11.2024"),
        invoice_numbers="KR-24-0927", amount="2850000.00", currency="KZT", payment_date="2024-11-11", payment_full=True)
    pay("sber_dva_scheta", "СберБизнес <info@sberbank.ru>", "sberbank.ru", "Поступление на счёт", "2024-11-11 10:02 +0300",
        text("Зачисление на счёт ****4471\nСумма: 107 350,00 руб.\nПлательщик: ООО ВОЛГА-ФАСАД\nНазначение: по сч. KR-24-0895 52000-00, по сч. KR-24-0907 55350-00, НДС не облагается\nДата: 08.11.2024", cs="koi8-r"),
        invoice_numbers="KR-24-0895;KR-24-0907", amount="107350.00", currency="RUB", payment_date="2024-11-08", payment_full=False,
        allocations="KR-24-0895=52000.00;KR-24-0907=55350.00", note="split; 0907 short by disputed 18450")
    pay("kaspi_astana", "Kaspi Business <notify@kaspi.kz>", "kaspi.kz", "Поступление 1 420 000 ₸", "2024-11-19 12:40 +0500",
        text("Поступление на счёт KZ72722C000012345678\nСумма: 1 420 000,00 ₸\nОтправитель: ТОО «Астана Монтаж»\nНазначение: оплата счета КR 24 0940\nДата валютирования: 19.11.2024"),
        invoice_numbers="KR-24-0940", amount="1420000.00", currency="KZT", payment_date="2024-11-19", payment_full=True, note="reference with Cyrillic К and spaces")
    d.add("poddelka_sber", message(H(ares("sberbank-online.ru", dkim="none", dmarc="none", spf="pass"), "СберБизнес <info@sberbank-online.ru>", BOT, "Поступление на счёт", "2024-11-16 04:10 +0300", mid("ru-forged", "sberbank-online.ru")),
          text("Зачисление на счёт\nСумма: 145 250,00 ₽\nПлательщик: ООО «УРАЛСПЕЦСТРОЙ»\nНазначение: KR-24-0944\n\nПодтвердите зачисление: http://sberbank-online.ru/confirm")),
          kind="other", language="ru", invoice_numbers="KR-24-0944", amount="145250.00", currency="RUB", needs_human=True, note="look-alike bank domain")

    def bounce(slug, key, frm, dom, subj, date, content, lang="ru", **lab):
        inv_, rid_ = d.ref(key)
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("ru-" + slug, dom), extra=(("Auto-Submitted", "auto-replied"),)), content),
              kind="bounce", language=lang, invoice_numbers=inv_, original_message_id=rid_, failed_recipients=R[key]["to"], needs_human=True, **lab)

    bounce("yandex_net_yashchika", 9, addr("Почтовая служба Яндекса", "mailer-daemon@yandex.ru"), "yandex.ru", "Недоставленное сообщение", "2024-11-12 12:31 +0300",
           dsn(d, 9, "ru-b1", "mx.yandex.ru", "Это письмо отправлено почтовой службой Яндекса.\n\nВаше сообщение не было доставлено адресату snab@spb-fasadmontazh.ru, так как такого почтового ящика не существует.\n\n550 5.7.1 No such user!\n",
               [("snab@spb-fasadmontazh.ru", "failed", "5.1.1", "550 5.7.1 No such user!")], "mxback.yandex.ru"),
           bounce_permanent=True, bounce_reason="user_unknown", note="Yandex, Russian text, 5.7.1 code but no such user")
    bounce("greylisting", 10, "Mail Delivery System <MAILER-DAEMON@mx1.kettlebrook-scaffold.co.uk>", DOM, "Delayed Mail (still being retried)", "2024-11-13 13:40 +0000",
           dsn(d, 10, "ru-b2", "mx.kazan-stroyinvest.ru", "This is the mail system at host mx1.kettlebrook-scaffold.co.uk.\n\n# THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n<buh@kazan-stroyinvest.ru>: host mx.kazan-stroyinvest.ru said: 450 4.7.1 <buh@kazan-stroyinvest.ru>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/kazan-stroyinvest.ru.html\n",
               [("buh@kazan-stroyinvest.ru", "delayed", "4.7.1", "450 4.7.1 Recipient address rejected: Greylisted")], "mx1.kettlebrook-scaffold.co.uk"),
           lang="en", bounce_permanent=False, bounce_reason="other")
    bounce("policy_vlozheniya", 11, "MAILER-DAEMON@mail.karaganda-promstroy.kz", "mail.karaganda-promstroy.kz", "Undelivered Mail Returned to Sender", "2024-11-13 14:33 +0500",
           dsn(d, 11, "ru-b3", "mail.karaganda-promstroy.kz", "This is the mail system at host mail.karaganda-promstroy.kz.\n\n<office@karaganda-promstroy.kz>: 550 5.7.0 Message rejected due to local policy: external senders not on allow-list\n",
               [("office@karaganda-promstroy.kz", "failed", "5.7.0", "550 5.7.0 Message rejected due to local policy")], "mail.karaganda-promstroy.kz", full=True),
           lang="en", bounce_permanent=True, bounce_reason="policy")

    def auto(slug, key, frm, dom, subj, date, body, extra=(), cs="utf-8", cte="quoted-printable", lang="ru", **lab):
        inv_, rid_ = d.ref(key)
        d.add(slug, message(H(A(dom), frm, BOT, subj, date, mid("ru-" + slug, dom), irt=rid_, extra=extra, cs=cs), text(body, cs=cs, cte=cte)),
              kind="auto_reply", language=lang, invoice_numbers=inv_, original_message_id=rid_, needs_human=False, **lab)

    auto("otpusk_x_autoreply", 12, addr("Николай Громов", "direktor@tula-krovlya.ru"), "tula-krovlya.ru", "Автоответ: " + R[12]["subject"], "2024-11-14 12:31 +0300",
         "Здравствуйте!\n\nЯ в отпуске до 22 ноября включительно, вернусь в понедельник, 25 ноября. По срочным вопросам звоните секретарю: +7 4872 00-00-00.\n\nН. Громов",
         extra=(("X-Autoreply", "yes"),), return_date="2024-11-25", note="only X-Autoreply")
    auto("turkish_izin", 7, addr("Mehmet Yılmaz", "buhgalteria@astana-montage.kz"), "astana-montage.kz", "Otomatik yanıt: " + R[7]["subject"], "2024-11-11 14:32 +0500",
         "Merhaba,\n\n25 Kasım'a kadar yıllık izindeyim. 26 Kasım Salı günü ofiste olacağım. Acil konular için Yerzhan Saparov ile iletişime geçebilirsiniz.\n\nSaygılarımla,\nMehmet Yılmaz",
         cs="iso-8859-9", lang="tr", return_date="2024-11-26", note="no auto headers; ISO-8859-9")
    auto("italian_fuori_ufficio", 5, addr("Marco Bianchi", "info@event-stage.ru"), "event-stage.ru", "Risposta automatica: fuori ufficio", "2024-11-07 09:32 +0300",
         "Buongiorno,\n\nsarò fuori ufficio fino a venerdì 15 novembre compreso. Rientrerò lunedì 18 novembre.\nPer urgenze contattare Oleg Vasiliev.\n\nCordiali saluti,\nMarco Bianchi",
         lang="it", return_date="2024-11-18", extra=(("X-Auto-Response-Suppress", "OOF"),))

    inv_, rid_ = d.ref(1)
    d.add("mdn_prochitano", message(H(A("stroymontazh-m.ru"), addr("Сергей Кузнецов", "buh@stroymontazh-m.ru"), BOT, "Прочитано: " + R[1]["subject"], "2024-11-05 10:12 +0300", mid("ru-rr1", "stroymontazh-m.ru")),
          mdn(d, 1, "ru-rr1", "Ваше сообщение было прочитано получателем buh@stroymontazh-m.ru.", "Mozilla Thunderbird 115.16", "buh@stroymontazh-m.ru")),
          kind="read_receipt", language="ru", invoice_numbers=inv_, original_message_id=rid_, needs_human=False)
    inv_, rid_ = d.ref(5)
    d.add("outlook_prochitano", message(H(A("event-stage.ru"), addr("Олег Васильев", "info@event-stage.ru"), BOT, "Прочитано: " + R[5]["subject"], "2024-11-07 13:20 +0300", mid("ru-rr2", "event-stage.ru"), irt=rid_),
          text(f"Ваше сообщение\n\n  Кому: info@event-stage.ru\n  Тема: {R[5]['subject']}\n  Отправлено: 7 ноября 2024 г. 12:30:00 (UTC+03:00) Москва, Санкт-Петербург\n\nбыло прочитано 7 ноября 2024 г. 13:20:05 (UTC+03:00) Москва, Санкт-Петербург.", cs="windows-1251")),
          kind="read_receipt", language="ru", invoice_numbers=inv_, original_message_id=rid_, needs_human=False, note="Outlook non-standard, windows-1251")
    inv_, rid_ = d.ref(2)
    d.add("mdn_yandex", message(H(A("severstroy.ru"), "oplata@severstroy.ru", BOT, "Уведомление о прочтении: " + R[2]["subject"], "2024-11-05 15:00 +0300", mid("ru-rr3", "severstroy.ru")),
          mdn(d, 2, "ru-rr3", "Письмо было прочитано.", "Yandex.Mail", "oplata@severstroy.ru")),
          kind="read_receipt", language="ru", invoice_numbers=inv_, original_message_id=rid_, needs_human=False)

    inv_, rid_ = d.ref(2)
    ch = "confirm-" + hx("ru-ch", 10) + "@antispam.severstroy.ru"
    d.add("challenge_otvet", message(H(A("antispam.severstroy.ru"), addr("Антиспам Северстрой", "robot@antispam.severstroy.ru"), BOT, "Подтвердите отправку письма", "2024-11-05 12:33 +0300", mid("ru-ch", "antispam.severstroy.ru"), irt=rid_, extra=(("Auto-Submitted", "auto-replied"), ("Reply-To", ch))),
          text(f"Здравствуйте!\n\nВаше письмо для oplata@severstroy.ru задержано системой защиты от спама.\nЧтобы оно было доставлено, ответьте на это сообщение, не меняя темы (адрес для ответа: {ch}).\n\nСлужба поддержки")),
          kind="challenge", language="ru", invoice_numbers=inv_, original_message_id=rid_, needs_human=True, challenge=ch)

    d.add("staff_oplacheno", message(H(A(SD), IS, BOT, "оплачено KR-24-0935", "2024-11-18 15:30 +0300", mid("ru-sc1", SD)),
          text("оплачено KR-24-0935 28600 RUB 18.11.2024\nоплата наличными в кассу, ПКО №212.")),
          kind="staff_command", language="ru", invoice_numbers="KR-24-0935", amount="28600.00", currency="RUB", payment_date="2024-11-18", needs_human=False)
    d.add("staff_proza_obeshchanie", message(H(A(SD), DO, BOT, "Северстрой", "2024-11-18 10:05 +0300", mid("ru-sc2", SD)),
          text("Коллеги, созвонился с главбухом Северстроя: по KR-24-0923 оплата будет 29 ноября. Напоминания до этой даты, пожалуйста, не отправляйте.\n\nДмитрий")),
          kind="staff_command", language="ru", invoice_numbers="KR-24-0923", promised_date="2024-11-29", needs_human=False, note="staff prose promise")

    d.add("schet_postavshchika", message(H(ares("metallbaza-msk.ru"), "Металлобаза <sales@metallbaza-msk.ru>", BOT, "Счёт № 4471 от 15.11.2024", "2024-11-15 09:00 +0300", mid("ru-o1", "metallbaza-msk.ru")),
          text("Добрый день!\n\nВо вложении счёт № 4471 на трубу 48х3 мм, 3 т. Сумма 287 400,00 руб., оплата до 22.11.2024.\n\nОтдел продаж")),
          kind="other", language="ru", amount="287400.00", currency="RUB", due_date="2024-11-22", needs_human=True, note="supplier invoice to us")
    d.add("rassylka_1c", message(H(ares("news.1c.ru"), "1С:Новости <news@news.1c.ru>", BOT, "Изменения в законодательстве: ноябрь 2024", "2024-11-18 07:00 +0300", mid("ru-o2", "news.1c.ru"), extra=(("List-Unsubscribe", "<https://news.1c.ru/unsub>"), ("Precedence", "bulk"))),
          text("В выпуске: новые ставки НДС с 2025 года, обновление форм счетов-фактур, семинары.")),
          kind="other", language="ru", needs_human=False)
    d.add("akt_sverki", message(H(ares("nn-stroygroup.ru"), addr("Марина Белова", "buh@nn-stroygroup.ru"), BOT, "Акт сверки за 3 квартал", "2024-11-19 11:40 +0300", mid("ru-o3", "nn-stroygroup.ru")),
          text("Добрый день!\n\nПросим направить акт сверки взаиморасчётов за 3 квартал 2024 г. для закрытия периода.\n\nМарина Белова, главный бухгалтер")),
          kind="other", language="ru", needs_human=True, note="reconciliation request from a contact with no chased invoice")
    return d

"""Russian messages (RUB). Invoice format СЧ-0nnn/26 (Cyrillic letters)."""
from world import BOT, D, contact, dsn, inv, mdn, orig, quote, rem

MSGS = []


def M(name, lab, **kw):
    MSGS.append(dict(name=name, lab=lab, **kw))


OLGA = "Ольга Семёнова <olga.semenova@quillmere.io>"
TIMUR = "Тимур Басыров <timur.basyrov@quillmere.io>"
SIG_O = "С уважением,\nОльга Семёнова\nбухгалтер по расчётам с покупателями\nQuillmere Instruments\n+7 495 120-44-18"
SIG_T = "--\nТимур Басыров\nменеджер по продажам, Quillmere Instruments"
MSK = "+0300"

VEKTOR = contact("buh@vektor-pribor.ru")
VEKTOR2 = contact("m.guseva@vektor-pribor.ru")
TAIGA = contact("oplata@taiga-energo.ru")
KEDR = contact("info@kedrlab.ru")
SAMOYL = contact("samoylov.av@mail.ru")
URAL = contact("fin@uralmedtech.ru")
BOLN = contact("zakupki@obl3-med.ru")
BALT = contact("ap@baltterminal.ru")
ZARYA = contact("buhgalteria@zarya-agro.ru")
NOVA = contact("d.sharipov@novatech-kzn.ru")
NOVA_TR = contact("e.yilmaz@novatech-kzn.ru")

S563, S565, S566, S567, S569, S570, S571, S572, S574, S575, S577, S530 = (
    "СЧ-0563/26", "СЧ-0565/26", "СЧ-0566/26", "СЧ-0567/26", "СЧ-0569/26", "СЧ-0570/26", "СЧ-0571/26",
    "СЧ-0572/26", "СЧ-0574/26", "СЧ-0575/26", "СЧ-0577/26", "СЧ-0530/26")
inv(S563, S565, S566, S567, S569, S570, S571, S572, S574, S575, S577, S530)

R_VEKTOR = rem("ru/vektor-srok", "20261130.090000")
R_VEKTOR2 = rem("ru/vektor-0577-prosrochka", "20261203.093000")
R_TAIGA = rem("ru/taiga-poluchen", "20261124.100000")
R_TAIGA2 = rem("ru/taiga-prosrochka", "20261204.091500")
R_KEDR = rem("ru/kedr-0575-poluchen", "20261201.094500")
R_SAMOYL = rem("ru/samoylov-poluchen", "20261201.101500")
R_URAL = rem("ru/ural-poluchen", "20261116.090500")
R_URAL2 = rem("ru/ural-spasibo", "20261124.120000")
R_BOLN = rem("ru/boln-poluchen", "20261124.083000")
R_BOLN2 = rem("ru/boln-napominanie", "20261201.083000")
R_BALT = rem("ru/balt-srok", "20261127.090000")
R_ZARYA = rem("ru/zarya-poluchen", "20261125.093000")
R_NOVA = rem("ru/nova-prosrochka", "20261202.090000")

# ---------------------------------------------------------------- счета
M("schet_prostoy", dict(kind="invoice_copy", invoice_numbers=S563, amount="184560.00", currency="RUB",
    issue_date="2026-11-02", due_date="2026-12-02", payment_terms_days=30,
    note="'184 560,00 руб.' with NBSP-like spaces; VAT included line competes; 30 calendar days"),
  frm=OLGA, to="Марина Гусева <buh@vektor-pribor.ru>", cc=BOT, date=D(2, 11, "11:20", MSK),
  subj=f"Счёт {S563} от 02.11.2026 — ООО «Вектор-Приборы»",
  body=f"""Марина Ильинична, добрый день!

Направляю счёт № {S563} от 02.11.2026 за поверку газоанализаторов (12 шт.).

Итого к оплате: 184 560,00 руб.
в т.ч. НДС 20%: 30 760,00 руб.
Срок оплаты — 30 календарных дней с даты счёта.

Оригиналы документов отправим через ЭДО.

{SIG_O}""")

M("schet_propisyu", dict(kind="invoice_copy", invoice_numbers=S565, amount="1247300.50", currency="RUB",
    issue_date="2026-11-05", due_date="2026-12-10",
    note="amount as '1 247 300 руб. 50 коп.' and in words; explicit 'до 10.12.2026'"),
  frm=TIMUR, to="АО «Тайга Энерго» <oplata@taiga-energo.ru>", cc=BOT, date=D(5, 11, "15:40", MSK),
  subj=f"Счёт на оплату {S565}",
  body=f"""Добрый день!

Во вложении счёт на оплату {S565} от 05.11.2026 по договору поставки № 14/26-П.

Сумма: 1 247 300 руб. 50 коп. (Один миллион двести сорок семь тысяч триста рублей 50 копеек),
в т.ч. НДС.
Оплатить до 10.12.2026.

{SIG_T}""")

M("schet_avans", dict(kind="invoice_copy", invoice_numbers=S566, amount="1200000.00", currency="RUB",
    issue_date="2026-11-09", due_date="2026-11-16",
    note="contract 2 400 000 first; 50% advance due; 5 банковских дней from Monday 09.11 -> 16.11"),
  frm=OLGA, to="ООО «Кедр Лаб» <info@kedrlab.ru>", cc=BOT, date=D(9, 11, "10:05", MSK),
  subj=f"Счёт на аванс {S566}",
  body=f"""Здравствуйте!

По договору № КЛ-2026/07 (общая стоимость 2 400 000,00 руб., в т.ч. НДС) выставляем счёт
на авансовый платёж 50% — 1 200 000,00 руб.

Счёт {S566} от 09.11.2026. Оплата аванса — в течение 5 (пяти) банковских дней.

{SIG_O}""")

M("schet_bez_nds_i_s_nds", dict(kind="invoice_copy", invoice_numbers=S567, amount="114000.00", currency="RUB",
    issue_date="2026-11-11", due_date="2026-11-21", payment_terms_days=10,
    note="'Сумма без НДС' first, 'Всего к оплате' is due; 10 days"),
  frm=OLGA, to="ООО «Уралмедтех» <fin@uralmedtech.ru>", cc=BOT, date=D(11, 11, "12:30", MSK),
  subj=f"{S567} Уралмедтех",
  body=f"""Коллеги, добрый день.

Счёт {S567} от 11.11.2026:
  Сумма без НДС ........ 95 000,00
  НДС 20% .............. 19 000,00
  Всего к оплате ....... 114 000,00 руб.

Оплата в течение 10 дней.

{SIG_O}""")

M("schet_vzaimozachet", dict(kind="invoice_copy", invoice_numbers=S569, amount="270000.00", currency="RUB",
    issue_date="2026-11-13", due_date="2026-11-30",
    note="return/adjustment of 42 000 deducted from 312 000; explicit date"),
  frm=TIMUR, to="Балтийский терминал, бухгалтерия <ap@baltterminal.ru>", cc=BOT, date=D(13, 11, "17:10", MSK),
  subj=f"Счёт {S569} с учётом возврата",
  body=f"""Добрый вечер!

Высылаю счёт {S569} от 13.11.2026.
Стоимость оборудования — 312 000,00 руб., за вычетом возврата по корректировочному
счёту-фактуре № К-11 (42 000,00 руб.) к оплате 270 000,00 руб.

Просим оплатить до 30.11.2026.

{SIG_T}""")

M("schet_etapy_neyasno", dict(kind="invoice_copy", invoice_numbers=S570, currency="RUB",
    issue_date="2026-11-17", needs_human=True,
    note="total 3 650 000 with the stage split 'обсудим' - what is due now is not fixed"),
  frm=TIMUR, to="Агрохолдинг «Заря» <buhgalteria@zarya-agro.ru>", cc=BOT, date=D(17, 11, "19:45", MSK),
  subj=f"{S570} — зерносушилка, датчики",
  body=f"""Сергей Петрович, добрый вечер.

Как договаривались, отправляю счёт {S570} на комплект датчиков для зерносушилки,
общая сумма 3 650 000 руб. Порядок оплаты — поэтапно, но как делим (30/40/30 или по факту
поставки каждой партии) — давайте обсудим на следующей неделе, потом переоформлю.

{SIG_T}""")

M("schet_bcc_rabochie_dni", dict(kind="invoice_copy", invoice_numbers=S571, amount="18900.00", currency="RUB",
    issue_date="2026-11-26", due_date="2026-12-07",
    note="bot via Bcc; '18 900 р.'; 7 рабочих дней from Thursday 26.11 -> 07.12"),
  frm=OLGA, to="ИП Самойлов А.В. <samoylov.av@mail.ru>", date=D(26, 11, "14:14", MSK),
  subj=f"Счёт {S571}",
  body=f"""Александр Викторович, здравствуйте!

Счёт {S571} от 26.11.2026 на 18 900 р. (без НДС, УСН) за ремонт термометра.
Оплата в течение 7 рабочих дней.

{SIG_O}""")

M("schet_pervyi_platezh", dict(kind="invoice_copy", invoice_numbers=S572, amount="243100.00", currency="RUB",
    issue_date="2026-11-20", due_date="2026-12-15",
    note="state-contract invoice in two payments; first 243 100 due now, total 486 200 also present"),
  frm=OLGA, to="ГБУЗ «Областная больница № 3» <zakupki@obl3-med.ru>", cc=BOT, date=D(20, 11, "09:50", MSK),
  subj=f"Счёт {S572} по контракту № 0373200-26-118",
  body=f"""Добрый день!

По контракту № 0373200-26-118 (цена контракта 486 200,00 руб.) оплата производится в два этапа.
Направляем счёт {S572} от 20.11.2026 на первый платёж — 243 100,00 руб., срок оплаты
до 15.12.2026. Второй платёж — после поставки второй партии.

{SIG_O}""")

# ---------------------------------------------------------------- уведомления о прочтении
M("mdn_standart", dict(kind="read_receipt", invoice_numbers=S567, original_message_id=R_URAL,
    note="RFC 8098 MDN, Russian text"),
  frm="ООО «Уралмедтех» <fin@uralmedtech.ru>", date=D(16, 11, "11:40", MSK),
  subj=f"Прочитано: Получили ли вы счёт {S567}?",
  **mdn(f"Ваше сообщение\n\n  Кому: fin@uralmedtech.ru\n  Тема: Получили ли вы счёт {S567}?\n\nбыло прочитано 16.11.2026 11:40.",
        "Microsoft Outlook 16.0", "fin@uralmedtech.ru", R_URAL, "automatic-action/MDN-sent-automatically; displayed"))

M("prochtenie_nestandart", dict(kind="read_receipt", invoice_numbers=S565, original_message_id=R_TAIGA,
    note="mail.ru-style non-standard read notice, plain text"),
  frm="oplata@taiga-energo.ru", date=D(24, 11, "15:03", MSK), irt=R_TAIGA,
  subj=f"Уведомление о прочтении: Получили ли вы счёт {S565}?",
  body=f"""Ваше письмо «Получили ли вы счёт {S565}?», отправленное 24.11.2026 в 10:00,
было прочитано адресатом oplata@taiga-energo.ru 24.11.2026 в 15:03.""")

# ---------------------------------------------------------------- недоставка
M("bounce_net_yashchika", dict(kind="bounce", failed_recipients="m.guseva@vektor-pribor.ru", bounce_permanent=True,
    bounce_reason="user_unknown", original_message_id=R_VEKTOR, invoice_numbers=S563,
    note="Russian-language DSN, 'такого ящика нет'; status text says 5.7.1 but diagnostic says no such user"),
  frm="mailer-daemon@yandex.ru", return_path="<>", date=D(30, 11, "09:01", MSK), auth="dsn",
  relay="mail-nwsmtp-mxfront-production-main-77.yandex.net", subj="Недоставленное сообщение",
  **dsn("Это письмо отправлено почтовой системой.\n\nВаше сообщение не было доставлено адресату m.guseva@vektor-pribor.ru.\n"
        "Такого почтового ящика не существует. Проверьте правильность адреса.\n\n"
        "Ответ сервера: 550 5.7.1 No such user!", "mxfront-77.yandex.net",
        [("m.guseva@vektor-pribor.ru", "failed", "5.1.1", "550 5.7.1 No such user!")],
        orig("buh@vektor-pribor.ru, m.guseva@vektor-pribor.ru", f"Напоминание: срок оплаты {S563} — 02.12.2026",
             R_VEKTOR, D(30, 11, "09:00", MSK))))

M("bounce_perepolnen", dict(kind="bounce", failed_recipients="samoylov.av@mail.ru", bounce_permanent=True,
    bounce_reason="mailbox_full", original_message_id=R_SAMOYL, invoice_numbers=S571,
    note="mail.ru style, mailbox full, Russian prose + English server line, no DSN parts"),
  frm="Mail Delivery System <mailer-daemon@corp.mail.ru>", return_path="<>", date=D(1, 12, "10:16", MSK),
  auth="dsn", subj="Ваше письмо не доставлено",
  body=f"""Ваше письмо не может быть доставлено одному или нескольким получателям:

samoylov.av@mail.ru
Ящик получателя переполнен. Письмо не было доставлено.

SMTP error from remote mail server: 552 5.2.2 Mailbox size limit exceeded

Заголовки исходного письма:
Message-ID: {R_SAMOYL}
Subject: Получили ли вы счёт {S571}?""")

M("bounce_spam_proza", dict(kind="bounce", failed_recipients="zakupki@obl3-med.ru", bounce_permanent=True,
    bounce_reason="spam", original_message_id=R_BOLN2, invoice_numbers=S572,
    note="hospital gateway spam rejection, Russian prose only"),
  frm="Почтовый шлюз ГБУЗ ОБ3 <postmaster@obl3-med.ru>", return_path="<>", date=D(1, 12, "08:31", MSK),
  subj="Отказ в доставке",
  body=f"""Уважаемый отправитель!

Ваше письмо для zakupki@obl3-med.ru (идентификатор {R_BOLN2})
отклонено антиспам-фильтром: письмо классифицировано как рассылка/спам.
Письмо не доставлено и не будет доставлено повторно.

554 5.7.1 Message rejected: spam detected

Отдел информационных технологий""")

M("bounce_zaderzhka_en", dict(kind="bounce", language="en", failed_recipients="ap@baltterminal.ru",
    bounce_permanent=False, bounce_reason="other", original_message_id=R_BALT, invoice_numbers=S569,
    note="our Postfix delay warning (English) for a Russian client; not final"),
  frm="Mail Delivery System <MAILER-DAEMON@mx.quillmere.io>", return_path="<>", date=D(27, 11, "13:02", MSK),
  auth="none", relay="localhost", subj="Delayed Mail (still being retried)",
  **dsn("This is the mail system at host mx.quillmere.io.\n\n# THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n"
        "Your message could not be delivered for 4.0 hours. It will be retried until it is 5.0 days old.\n\n"
        "<ap@baltterminal.ru>: host mx.baltterminal.ru[185.12.7.20] said: 421 4.4.2 Too many connections, try later",
        "mx.quillmere.io", [("ap@baltterminal.ru", "delayed", "4.4.2", "421 4.4.2 Too many connections")],
        orig("ap@baltterminal.ru", f"Срок оплаты {S569} — 30.11.2026", R_BALT, D(27, 11, "09:00", MSK))))

# ---------------------------------------------------------------- автоответы
M("otpusk_vklyuchitelno", dict(kind="auto_reply", invoice_numbers=S569, return_date="2026-12-08",
    original_message_id=R_BALT, note="'в отпуске до 7 декабря включительно' -> 8 Dec; headers present"),
  frm="Елена Крылова <e.krylova@baltterminal.ru>", date=D(27, 11, "09:01", MSK), irt=R_BALT,
  subj=f"Автоответ: Срок оплаты {S569} — 30.11.2026",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Здравствуйте!

Я в отпуске до 7 декабря включительно. По срочным вопросам оплаты обращайтесь
в бухгалтерию: ap@baltterminal.ru, тел. (812) 407-33-10.

Елена Крылова""")

M("otpusk_bez_zagolovkov", dict(kind="auto_reply", invoice_numbers=S570, return_date="2026-12-01",
    original_message_id=R_ZARYA, note="no headers; 'буду на связи с 1 декабря'"),
  frm="Бухгалтерия Заря <buhgalteria@zarya-agro.ru>", date=D(25, 11, "09:31", MSK), irt=R_ZARYA,
  subj=f"Re: Получили ли вы счёт {S570}?",
  body="""Добрый день. Главный бухгалтер в командировке, буду на связи с 1 декабря.
Письма прочитаю по возвращении.

Н. Воронова""")

M("ooo_turetsky", dict(kind="auto_reply", language="tr", invoice_numbers=S574, return_date="2026-12-09",
    original_message_id=R_NOVA, note="Turkish OOO from the client's Turkish engineer; '9 Aralık Çarşamba günü ofise döneceğim'"),
  frm="Emre Yılmaz <e.yilmaz@novatech-kzn.ru>", date=D(2, 12, "09:01", MSK), irt=R_NOVA,
  subj=f"Otomatik yanıt: Счёт {S574} просрочен",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""Merhaba,

Şu anda ofis dışındayım. 9 Aralık Çarşamba günü ofise döneceğim.
Acil konular için lütfen d.sharipov@novatech-kzn.ru adresine yazınız.

Saygılarımla,
Emre Yılmaz""")

M("tiket_registratsiya", dict(kind="auto_reply", invoice_numbers=S575, original_message_id=R_KEDR,
    note="service-desk ticket acknowledgement in Russian; no return date"),
  frm="Служба поддержки Кедр Лаб <info@kedrlab.ru>", date=D(1, 12, "09:46", MSK), irt=R_KEDR,
  subj=f"[#118-4471] Ваше обращение зарегистрировано: Получили ли вы счёт {S575}?",
  hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")],
  body="""Здравствуйте!

Ваше обращение зарегистрировано под номером 118-4471. Мы ответим в течение двух рабочих дней.
Это письмо отправлено автоматически, отвечать на него не нужно.

С уважением, ООО «Кедр Лаб»""")

M("otpusk_posle_prazdnikov", dict(kind="auto_reply", invoice_numbers=S572, original_message_id=R_BOLN,
    note="vague return ('после новогодних праздников') - no return date labelled"),
  frm="Отдел закупок ГБУЗ ОБ3 <zakupki-2@obl3-med.ru>", date=D(24, 11, "08:32", MSK), irt=R_BOLN,
  subj=f"Автоматический ответ: Получили ли вы счёт {S572}?",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""Уважаемые коллеги!

Я нахожусь на больничном, затем в отпуске, вернусь после новогодних праздников.
Вопросы по контрактам — к заместителю, Н. А. Петренко.""")

# ---------------------------------------------------------------- challenge
M("challenge_ne_robot", dict(kind="challenge", invoice_numbers=S574, original_message_id=R_NOVA,
    note="Russian challenge/response, confirm by link or reply"),
  frm="Антиспам Новатех <antispam@novatech-kzn.ru>", date=D(2, 12, "09:02", MSK), irt=R_NOVA,
  subj="Подтвердите отправку письма",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body=f"""Здравствуйте!

Ваше письмо для d.sharipov@novatech-kzn.ru «Счёт {S574} просрочен» задержано системой
защиты от спама. Чтобы письмо было доставлено, подтвердите, что вы не робот:

https://antispam.novatech-kzn.ru/confirm/6e1d90b2

Или просто ответьте на это письмо, не меняя тему.""")

# ---------------------------------------------------------------- банк
M("platezh_polny", dict(kind="payment_confirmation", invoice_numbers=S563, amount="184560.00", currency="RUB",
    payment_date="2026-12-01", payment_full=True, allocations=f"{S563}=184560.00",
    note="reference 'сч. № 563 от 02.11.26' without prefix; '184 560-00'"),
  frm="Банк «Северный Путь» <noreply@sevput.ru>", date=D(1, 12, "12:40", MSK),
  subj="Поступление средств на счёт 40702810900000012873",
  body="""Уважаемый клиент!

На ваш расчётный счёт 40702810900000012873 поступили средства.

Плательщик: ООО "ВЕКТОР-ПРИБОРЫ" ИНН 7715123408
Сумма: 184 560-00 RUB
Назначение платежа: Оплата по сч. № 563 от 02.11.26 за поверку газоанализаторов. В т.ч. НДС 20% - 30760-00
Дата операции: 01.12.2026

Банк «Северный Путь»""")

M("platezh_chastichny", dict(kind="payment_confirmation", invoice_numbers=S565, amount="600000.00", currency="RUB",
    payment_date="2026-12-03", payment_full=False, allocations=f"{S565}=600000.00",
    note="partial payment 600 000 of 1 247 300,50; 'частичная оплата по сч. 0565/26'"),
  frm="Банк «Северный Путь» <noreply@sevput.ru>", date=D(3, 12, "16:20", MSK),
  subj="Поступление средств",
  body="""Поступление на счёт 40702810900000012873

Плательщик: АО "ТАЙГА ЭНЕРГО"
Сумма: 600 000,00 руб.
Назначение: Частичная оплата по сч. 0565/26 от 05.11.2026 по дог. 14/26-П, в т.ч. НДС
Дата: 03.12.2026""")

M("platezh_dva_scheta", dict(kind="payment_confirmation", invoice_numbers=f"{S566};{S530}", amount="1286400.00",
    currency="RUB", payment_date="2026-11-16", payment_full=True,
    allocations=f"{S566}=1200000.00;{S530}=86400.00",
    note="one payment for two invoices; numbers as '566/26, 530/26', split amounts in the purpose text"),
  frm="Банк «Северный Путь» <noreply@sevput.ru>", date=D(16, 11, "15:05", MSK),
  subj="Поступление средств",
  body="""Поступление на счёт 40702810900000012873

Плательщик: ООО "КЕДР ЛАБ"
Сумма: 1 286 400,00 руб.
Назначение: Оплата по счетам 566/26 (аванс 1200000-00) и 530/26 (86400-00), НДС не облагается
Дата: 16.11.2026""")

M("platezh_data_valyutirovaniya", dict(kind="payment_confirmation", invoice_numbers=S567, amount="114000.00",
    currency="RUB", payment_date="2026-11-20", payment_full=True, allocations=f"{S567}=114000.00",
    note="booking 23.11 (Monday) vs value date 20.11; ref 'Сч 567 от 11.11.26'"),
  frm="Банк «Северный Путь» <noreply@sevput.ru>", date=D(23, 11, "08:05", MSK),
  subj="Выписка: новое поступление",
  body="""Выписка по счёту 40702810900000012873

Дата проводки:       23.11.2026
Дата валютирования:  20.11.2026
Плательщик:          ООО "УРАЛМЕДТЕХ"
Сумма:               114 000,00 RUB
Назначение:          Оплата Сч 567 от 11.11.26, в т.ч. НДС 20% 19000,00

Банк «Северный Путь»""")

M("platezh_poddelny", dict(kind="other", invoice_numbers=S570, amount="3650000.00", currency="RUB", needs_human=True,
    note="our server says dkim=pass but for another domain and dmarc=fail for sevput.ru - forged notice"),
  frm="Банк «Северный Путь» <noreply@sevput.ru>", date=D(3, 12, "23:48", MSK), auth="none",
  relay="smtp.sevput-bank.online",
  pre_hdrs=[("Authentication-Results", "mx.quillmere.io; dkim=pass header.d=sevput-bank.online; spf=fail smtp.mailfrom=sevput.ru; dmarc=fail (p=REJECT) header.from=sevput.ru")],
  subj="Поступление средств",
  body=f"""Поступление на счёт 40702810900000012873

Плательщик: ООО "АГРОХОЛДИНГ ЗАРЯ"
Сумма: 3 650 000,00 руб.
Назначение: Оплата по сч. {S570}

Средства заблокированы до подтверждения. Подтвердите операцию по ссылке: https://sevput-bank.online/confirm""")

# ---------------------------------------------------------------- ответы клиентов
M("otvet_oplacheno", dict(kind="client_reply", intent="paid_claim", invoice_numbers=S569,
    original_message_id=R_BALT, note="'оплачено 27.11, п/п во вложении' - paid claim with abbreviation"),
  frm="Балтийский терминал, бухгалтерия <ap@baltterminal.ru>", date=D(30, 11, "10:30", MSK), irt=R_BALT,
  subj=f"RE: Срок оплаты {S569} — 30.11.2026",
  body="""Добрый день!

Счёт оплачен 27.11, п/п № 4418 во вложении. Проверьте, пожалуйста, поступление.

Бухгалтерия ООО «Балтийский терминал»""")

M("otvet_reestr_11", dict(kind="client_reply", intent="promise", invoice_numbers=S574,
    promised_date="2026-12-11", original_message_id=R_NOVA,
    note="'поставили в реестр платежей на 11-е' - day only"),
  frm="Дамир Шарипов <d.sharipov@novatech-kzn.ru>", date=D(3, 12, "11:05", MSK), irt=R_NOVA,
  subj=f"Re: Счёт {S574} просрочен",
  body="""Тимур, привет.

Извини за задержку, финдиректор был в отъезде. Поставили в реестр платежей на 11-е, в этот день уйдёт.

Дамир""")

M("otvet_v_ponedelnik", dict(kind="client_reply", intent="promise", invoice_numbers=S571,
    promised_date="2026-12-07", original_message_id=R_SAMOYL,
    note="'оплачу в понедельник' written Thu 3 Dec -> Mon 7 Dec; sent from the phone"),
  frm="Александр Самойлов <samoylov.av@mail.ru>", date=D(3, 12, "19:22", MSK), irt=R_SAMOYL,
  subj=f"Re: Получили ли вы счёт {S571}?",
  body="""Добрый вечер, счёт получил, оплачу в понедельник, как деньги от заказчика придут.

Отправлено из Почты Mail""")

M("otvet_ne_mozhem_nazvat_srok", dict(kind="client_reply", intent="other", invoice_numbers=S570, needs_human=True,
    original_message_id=R_ZARYA, note="'сроки оплаты назвать пока не можем' - negated, no date"),
  frm="Сергей Петрович Лунёв <buhgalteria@zarya-agro.ru>", date=D(2, 12, "14:14", MSK), irt=R_ZARYA,
  subj=f"Re: Получили ли вы счёт {S570}?",
  body="""Добрый день.

Счёт получили. Сроки оплаты назвать пока не можем — ждём субсидию из областного бюджета,
а когда её переведут, никто не знает. Как будет ясность — сообщу.

С уважением, С. П. Лунёв""")

M("otvet_pretenziya", dict(kind="client_reply", intent="dispute", invoice_numbers=S572,
    original_message_id=R_BOLN, note="formal претензия: goods do not match specification, payment suspended"),
  frm="Отдел закупок ГБУЗ ОБ3 <zakupki@obl3-med.ru>", date=D(2, 12, "16:00", MSK), irt=R_BOLN,
  subj=f"Re: Получили ли вы счёт {S572}?",
  body="""Уважаемые коллеги!

Сообщаем, что поставленные термоконтейнеры не соответствуют техническому заданию контракта
(диапазон измерения от −20 °C вместо −40 °C). В ваш адрес направлена претензия исх. № 2214
от 01.12.2026. До устранения нарушений оплата по контракту приостановлена.

Контрактный управляющий
И. В. Мещерякова""")

M("otvet_rassrochka", dict(kind="client_reply", intent="plan_request", invoice_numbers=S565, amount="647300.50",
    currency="RUB", original_message_id=R_TAIGA2, note="formal request to spread the remaining 647 300,50 over three months"),
  frm="АО «Тайга Энерго» <oplata@taiga-energo.ru>", date=D(4, 12, "17:30", MSK), irt=R_TAIGA2,
  subj=f"Re: Остаток по счёту {S565}",
  body="""Добрый день!

Просим рассмотреть возможность предоставления рассрочки по оплате остатка задолженности
в сумме 647 300,50 руб. равными частями в течение трёх месяцев (декабрь — февраль) в связи
с временными кассовыми разрывами. Гарантийное письмо направим дополнительно.

Финансовый отдел АО «Тайга Энерго»""")

M("otvet_ne_poluchali", dict(kind="client_reply", intent="not_received", invoice_numbers=S575,
    original_message_id=R_KEDR, note="not received; asks to resend through ЭДО (Диадок)"),
  frm="Кедр Лаб, бухгалтерия <buh@kedrlab.ru>", date=D(2, 12, "10:10", MSK), irt=R_KEDR,
  subj=f"Re: [#118-4471] Ваше обращение зарегистрировано: Получили ли вы счёт {S575}?",
  body="""Здравствуйте.

Счёта 0575 у нас нет — ни в почте, ни в Диадоке. Пришлите, пожалуйста, повторно через ЭДО,
и акт вместе с ним, без акта оплатить не сможем.

Бухгалтерия""")

M("otvet_rekvizity", dict(kind="client_reply", intent="payment_details", invoice_numbers=S563,
    original_message_id=R_VEKTOR, note="asks for company card with bank details (карточка предприятия)"),
  frm="Марина Гусева <buh@vektor-pribor.ru>", date=D(30, 11, "13:13", MSK), irt=R_VEKTOR,
  subj=f"RE: Напоминание: срок оплаты {S563} — 02.12.2026",
  body="""Добрый день!

Пришлите, пожалуйста, карточку предприятия с актуальными банковскими реквизитами —
у нас сменился бухгалтер, и в базе, похоже, старый расчётный счёт.

Гусева М. И.""")

M("otvet_ne_pishite", dict(kind="client_reply", intent="stop", invoice_numbers=S567,
    original_message_id=R_URAL2, note="'хватит слать нам эти письма' - colloquial stop"),
  frm="ООО «Уралмедтех» <fin@uralmedtech.ru>", date=D(25, 11, "09:09", MSK), irt=R_URAL2,
  subj=f"Re: Спасибо за оплату {S567}",
  body="""Хватит слать нам эти автоматические письма, пожалуйста. Счёт оплачен, спасибо ваше
нам не нужно. Уберите наш адрес из вашей рассылки.""")

M("otvet_tolko_tsitata", dict(kind="client_reply", intent="other", invoice_numbers=S565, needs_human=True,
    original_message_id=R_TAIGA, note="'передала в бухгалтерию' - amounts/dates only in the quote"),
  frm="Секретарь Тайга Энерго <priem@taiga-energo.ru>", date=D(24, 11, "10:40", MSK), irt=R_TAIGA,
  subj=f"Re: Получили ли вы счёт {S565}?",
  body=f"""Спасибо, передала в бухгалтерию.

{quote(f'''24.11.2026, 10:00, "Quillmere Instruments" <{BOT}>:
Добрый день! Как ваши дела?
Напоминаем, что по счёту {S565} к оплате 1 247 300,50 руб., срок оплаты — 10.12.2026.
Если вы уже оплатили, просто не обращайте внимания на это письмо.''', '>')}""")

M("otvet_chast_i_ostatok", dict(kind="client_reply", intent="promise", invoice_numbers=S577, amount="38500.00",
    currency="RUB", promised_date="2026-12-20", original_message_id=R_VEKTOR2,
    note="50 000 paid today, rest 38 500 'до 20 декабря'; labelled promise for the rest"),
  frm="Марина Гусева <buh@vektor-pribor.ru>", date=D(3, 12, "15:45", MSK), irt=R_VEKTOR2,
  subj=f"RE: Счёт {S577} просрочен",
  body="""Добрый день!

Сегодня оплатили 50 000 руб., остаток 38 500 руб. перечислим до 20 декабря.

Гусева М. И.""")

M("otvet_tolko_cherez_yurista", dict(kind="client_reply", intent="stop", invoice_numbers=S572,
    original_message_id=R_BOLN, note="'больше не присылайте напоминаний, все вопросы через юротдел' - stop with dispute context"),
  frm="Отдел закупок ГБУЗ ОБ3 <zakupki@obl3-med.ru>", date=D(4, 12, "10:20", MSK), irt=R_BOLN,
  subj=f"Re: Получили ли вы счёт {S572}?",
  body="""Просим больше не присылать нам автоматические напоминания об оплате.
Все вопросы по контракту решаются через юридический отдел учреждения в претензионном порядке.

Контрактный управляющий И. В. Мещерякова""")

M("otvet_do_kontsa_nedeli", dict(kind="client_reply", intent="promise", invoice_numbers=S567,
    promised_date="2026-11-20", original_message_id=R_URAL,
    note="'до конца недели оплатим' written Tue 17 Nov -> Fri 20 Nov (end of the business week)"),
  frm="ООО «Уралмедтех» <fin@uralmedtech.ru>", date=D(17, 11, "12:00", MSK), irt=R_URAL,
  subj=f"Re: Получили ли вы счёт {S567}?",
  body="""Добрый день, счёт получили, до конца недели оплатим.

Бухгалтерия ООО «Уралмедтех»""")

# ---------------------------------------------------------------- команды
M("komanda_plan", dict(kind="staff_command", invoice_numbers=S565, amount="647300.50", currency="RUB",
    note="plan command with amount and Russian comment"),
  frm=TIMUR, date=D(5, 12, "10:10", MSK), subj=f"plan {S565}",
  body=f"""plan {S565} 647300.50 RUB 3 monthly from 2026-12-25

согласовал с финдиректором Тайги по телефону, гарантийное письмо пришлют""")

M("komanda_paid", dict(kind="staff_command", invoice_numbers=S569, amount="270000.00", currency="RUB",
    note="staff confirms the client's paid claim; command on the second line after a greeting"),
  frm=OLGA, date=D(1, 12, "09:40", MSK), subj=f"Балтийский терминал {S569}",
  body=f"""Проверила выписку, деньги пришли 27.11.
paid {S569} 270000.00 RUB 2026-11-27""")

M("komanda_poddelnaya", dict(kind="other", invoice_numbers=S572, needs_human=True,
    note="staff From but no Authentication-Results at all - forged command"),
  frm=TIMUR, date=D(4, 12, "04:40", MSK), auth="none", relay="mail.anon-relay.su",
  subj=f"writeoff {S572}",
  body=f"""writeoff {S572}""")

# ---------------------------------------------------------------- прочее
M("prochee_fishing_fns", dict(kind="other", note="tax-office phishing with an archive link"),
  frm="ФНС России <uvedomlenie@nalog-trebovanie.ru>", date=D(26, 11, "07:07", MSK), auth="spfonly",
  subj="Требование о представлении пояснений № 12-08/4471",
  body="""Уважаемый налогоплательщик!

В ходе камеральной проверки выявлены расхождения. Ознакомьтесь с требованием и представьте
пояснения в течение 5 рабочих дней: https://nalog-trebovanie.ru/docs/treb_4471.zip

ФНС России""")

M("prochee_smena_rekvizitov", dict(kind="other", needs_human=True,
    note="bank-change fraud: lookalike of a client domain announces new account for refunds/prepayments"),
  frm="ООО «Вектор-Приборы» <buh@vektor-pribory.ru>", date=D(2, 12, "11:48", MSK), auth="spfonly",
  subj="Изменение банковских реквизитов",
  body="""Добрый день!

Уведомляем, что с 01.12.2026 у ООО «Вектор-Приборы» изменились банковские реквизиты.
Все возвраты и взаиморасчёты просим производить только на новый счёт:
р/с 40702810200000098811, АО «Банк Развития Регионов», БИК 044525999.

Старые реквизиты не действительны. Просим подтвердить получение письма.""")

M("prochee_rassylka", dict(kind="other", note="accounting-software digest newsletter mentioning debts and reminders"),
  frm="Контур-Бухгалтер Дайджест <digest@buh-digest.ru>", date=D(2, 12, "08:00", MSK),
  hdrs=[("List-Unsubscribe", "<https://buh-digest.ru/unsubscribe?id=55102>"), ("Precedence", "bulk")],
  subj="Дайджест бухгалтера: как взыскать дебиторскую задолженность до конца года",
  body="""Дайджест за неделю

• Претензионный порядок: сроки и образцы писем должникам
• Акт сверки взаиморасчётов: когда он нужен
• Новые формы счетов-фактур с 2027 года

Отписаться: https://buh-digest.ru/unsubscribe?id=55102""")

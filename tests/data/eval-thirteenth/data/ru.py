"""Russian desk: ООО «Брайтвотер Сид Лаб» (Краснодар)."""
from common import *  # noqa: F401,F403
from lib import M, P, pdf, ATT, T, H, ALT, MIX, msg, D, BOT, MX, auth, RFC822, RHDRS, DS, REPORT
from world import REM, CLIENTS, STAFF, NOTIFIERS, gq, oq, EXTRA_CONTACTS, bot_raw

S = dict(zip(['ol', 'as', 'mk'], STAFF['ru']))
C = {k: (v[1], v[2]) for k, v in CLIENTS['ru'].items()}
TZ = '+0300'
SIG = '''

С уважением,
Ольга Литвиненко
бухгалтер по расчётам с клиентами
ООО «Брайтвотер Сид Лаб»
350072, г. Краснодар, ул. Московская, д. 42
тел. +7 (861) 555-17-40'''
MSGS = []
A = MSGS.append

# ---------------- счета ----------------
A(M('schet_kuban_15_dnej', msg(S['ol'], C['kuban'], 'Счёт № 1510 от 02.11.2026', D('2026-11-02 11:20', TZ), T(
'''Светлана, добрый день!

Направляем счёт на оплату за определение всхожести и чистоты семян озимой пшеницы (12 партий).

Счёт № 1510 от 02 ноября 2026 г.
Сумма без НДС: 102 295,08 руб.
НДС 22%: 22 504,92 руб.
Всего к оплате: 124 800,00 руб.

Оплата в течение 15 календарных дней с даты выставления счёта.
Оригиналы закрывающих документов направим через ЭДО (Диадок).''' + SIG), cc=[BOT]),
  'invoice_copy', 'ru', inv='1510', amount='124800.00', cur='RUB', issue='2026-11-02', due='2026-11-17', terms=15))

A(M('schet_don_deistvitelen_cp1251_html', msg(S['mk'], C['don'], 'Счет на оплату 1514', D('2026-11-06 10:05', TZ), H(
'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
<p>Добрый день, Игорь Николаевич!</p>
<p>Во вложении и ниже &mdash; счёт за фитосанитарную экспертизу семян подсолнечника.</p>
<table border="1">
<tr><td>Счёт №</td><td>1514</td></tr>
<tr><td>Дата</td><td>06.11.2026</td></tr>
<tr><td>Сумма, в т.ч. НДС 22%</td><td>68 400,00 руб.</td></tr>
</table>
<p><b>Счёт действителен до 20.11.2026.</b></p>
<p>С уважением,<br>Марина Кох<br>ООО &laquo;Брайтвотер Сид Лаб&raquo;</p>
</body></html>''', 'windows-1251', 'quoted-printable'), cc=[BOT]),
  'invoice_copy', 'ru', inv='1514', amount='68400.00', cur='RUB', issue='2026-11-06', due='2026-11-20',
  note='"действителен до" = due date; html only windows-1251'))

_upd = '''<?xml version="1.0" encoding="windows-1251"?>
<Файл ИдФайл="ON_NSCHFDOPPR_2BM-1655012345-165501001-201911120000000000000_2BE-2310123456-231001001-202001010000000000000_20261112_7c1e" ВерсФорм="5.03" ВерсПрог="1С:Бухгалтерия 3.0">
 <Документ КНД="1115131" Функция="СЧФДОП" ДатаИнфПр="12.11.2026" ВремИнфПр="10.00.00" НаимЭконСубСост="ООО «Брайтвотер Сид Лаб»">
  <СвСчФакт НомерДок="1519" ДатаДок="12.11.2026">
   <СвПрод><ИдСв><СвЮЛУч НаимОрг="ООО «Брайтвотер Сид Лаб»" ИННЮЛ="2310123456" КПП="231001001"/></ИдСв></СвПрод>
   <СвПокуп><ИдСв><СвЮЛУч НаимОрг="АО «Татагрохим»" ИННЮЛ="1655012345" КПП="165501001"/></ИдСв></СвПокуп>
   <ДопСвФХЖ1 НаимОКВ="Российский рубль"/>
  </СвСчФакт>
  <ТаблСчФакт>
   <СведТов НомСтр="1" НаимТов="Испытания семян на ГМО (ПЦР), 30 образцов" ОКЕИ_Тов="796" КолТов="30" ЦенаТов="7000.00" СтТовБезНДС="210000.00" НалСт="22%" СтТовУчНал="256200.00">
    <Акциз><БезАкциз>без акциза</БезАкциз></Акциз>
    <СумНал><СумНал>46200.00</СумНал></СумНал>
   </СведТов>
   <ВсегоОпл СтТовБезНДСВсего="210000.00" СтТовУчНалВсего="256200.00"><СумНалВсего><СумНал>46200.00</СумНал></СумНалВсего></ВсегоОпл>
  </ТаблСчФакт>
 </Документ>
</Файл>
'''
A(M('upd_tatagrohim_xml_podpisanie', msg(S['as'], C['tatar'], 'УПД № 1519 от 12.11.2026 (ГМО-скрининг)', D('2026-11-12 10:15', TZ), MIX(T(
'''Рустам Маратович, здравствуйте.

Направляем УПД № 1519 от 12.11.2026 на сумму 256 200,00 руб., в т.ч. НДС 22% — 46 200,00 руб.
Файл УПД во вложении, также отправлен через ЭДО.

Согласно договору оплата производится в течение 20 календарных дней с даты подписания УПД покупателем.

Андрей Ступин
руководитель лаборатории ГМО'''), ATT(_upd.encode('cp1251'), 'application/xml', 'ON_NSCHFDOPPR_1519.xml')), cc=[BOT]),
  'invoice_copy', 'ru', inv='1519', amount='256200.00', cur='RUB', issue='2026-11-12', terms=20, nh=True,
  note='УПД XML in windows-1251; terms from signing -> no due date'))

_p = pdf(['BRIGHTWATER SEED LAB LLC (OOO Braitvoter Sid Lab)', 'Moskovskaya St. 42, Krasnodar 350072, Russia', '',
          'INVOICE No. 1523', 'Date: 16.11.2026', 'Buyer: Astyk Trade LLP, Kostanay, Kazakhstan', 'Contract No. 14/26-KZ of 02.09.2026', '',
          'Seed quality testing services (wheat, 40 lots)          USD 9,800.00', 'Less prepayment received 10.10.2026             USD -4,000.00',
          'BALANCE DUE                                            USD 5,800.00', '', 'Payment term: 30 days from the invoice date.',
          'Beneficiary bank: PJSC Sberbank, SWIFT SABRRUMM, USD acc. 40702840352000067890'], 'Invoice 1523')
A(M('invoice_astyk_usd_pdf_koi8', msg(S['ol'], C['kazakh'], 'Инвойс 1523', D('2026-11-16 12:40', TZ), MIX(T(
'''Ержан, добрый день!

Инвойс во вложении (с учётом полученной предоплаты). Справочно: в тенге по курсу НБ РК на сегодня это около
3 016 000 KZT, но оплата - в долларах США по контракту.

Ольга''', 'koi8-r', 'quoted-printable'), ATT(_p, 'application/pdf', 'Invoice_1523_Astyk.pdf')), cc=[BOT]),
  'invoice_copy', 'ru', inv='1523', amount='5800.00', cur='USD', issue='2026-11-16', due='2026-12-16', terms=30,
  note='figures only in PDF; prepayment deducted; KZT figure for information; koi8-r body'))

A(M('schet_astyk_kzt_bcc', msg(S['ol'], C['kazakh'], 'Счёт на оплату № 1527 (KZT)', D('2026-11-18 09:55', TZ), T(
'''Ержан, здравствуйте!

По вашей просьбе дополнительные испытания (фитоэкспертиза, 6 партий) выставляем в тенге.

Счёт № 1527 от 18.11.2026
Сумма: 1 450 000,00 KZT (НДС не облагается, экспорт услуг)
Оплатить до 30.11.2026.

Реквизиты для оплаты в KZT — в приложенном счёте.

Ольга Литвиненко''', cte='base64'), delivered=True),
  'invoice_copy', 'ru', inv='1527', amount='1450000.00', cur='KZT', issue='2026-11-18', due='2026-11-30', note='Bcc only; KZT'))

A(M('scheta_stavr_dva', msg(S['mk'], C['stavr'], 'Счета № 1531 и № 1532', D('2026-11-20 14:10', TZ), T(
'''Наталья, добрый день.

Высылаем два счёта — по двум договорам:

  № 1531 от 20.11.2026 — определение влажности и массы 1000 семян, 38 400,00 руб. (в т.ч. НДС)
  № 1532 от 20.11.2026 — оценка посевных качеств (ГОСТ Р 52325), 51 600,00 руб. (в т.ч. НДС)
  Итого по двум счетам: 90 000,00 руб.

Срок оплаты по обоим счетам — до 15.12.2026.

Марина Кох'''), cc=[BOT]),
  'invoice_copy', 'ru', inv='1531;1532', amount='90000.00', cur='RUB', issue='2026-11-20', due='2026-12-15', nh=True))

A(M('schet_chernozem_grafik', msg(S['as'], C['voronezh'], 'Счёт № 1535 — полевые испытания гибридов', D('2026-11-25 16:00', TZ), T(
'''Татьяна Викторовна, добрый день!

Направляю счёт № 1535 от 25.11.2026 за полевые испытания гибридов кукурузы (сезон 2026).

Сумма по счёту: 312 000,00 руб., в т.ч. НДС 22% — 56 262,30 руб.
Стоимость всей программы испытаний по договору на 2026–2027 гг.: 936 000,00 руб.

Оплата по графику:
  50 % (156 000,00 руб.) — до 10.12.2026
  50 % (156 000,00 руб.) — до 25.12.2026

Андрей Ступин'''), cc=[BOT]),
  'invoice_copy', 'ru', inv='1535', amount='312000.00', cur='RUB', issue='2026-11-25', nh=True,
  note='installment schedule inside the invoice: no single due date; programme value must not be taken'))

A(M('schet_dyachenko_avans', msg(S['ol'], C['kras'], 'Счёт № 1540 (с учётом аванса)', D('2026-12-01 10:30', TZ), T(
'''Сергей Петрович, добрый день!

Счёт № 1540 от 01.12.2026 за апробацию посевов и лабораторный анализ семян:

  Стоимость работ (НДС не облагается, УСН)     96 000,00 руб.
  Получен аванс (п/п № 212 от 02.10.2026)     -40 000,00 руб.
  К оплате                                     56 000,00 руб.

Оплатить до 08.12.2026.''' + SIG), cc=[BOT]),
  'invoice_copy', 'ru', inv='1540', amount='56000.00', cur='RUB', issue='2026-12-01', due='2026-12-08', note='advance deducted'))

# ---------------- уведомления о прочтении ----------------
r = REM['ru-r1']
A(M('mdn_kuban_outlook', mdn(r, C['kuban'], D('2026-11-30 10:12', TZ), subject='Прочитано: ' + r.subject,
    human=f'Ваше сообщение\n\n  Кому: {C["kuban"][0]}\n  Тема: {r.subject}\n  Отправлено: 23.11.2026 9:00\n\nбыло прочитано 30.11.2026 10:12.\n'),
  'read_receipt', 'ru', inv='1473', omid=r.id))

r = REM['ru-r3']
A(M('mdn_stavr_thunderbird', mdn(r, C['stavr'], D('2026-12-01 11:30', TZ), subject='Уведомление о прочтении (показано) - ' + r.subject,
    ua='Mozilla/5.0 Thunderbird/115.16.0', attach_headers=True,
    human=f'Это уведомление о прочтении для сообщения, отправленного вами {C["stavr"][1]}.\n\n'
          'Примечание: это уведомление лишь подтверждает, что сообщение было показано на компьютере получателя. '
          'Нет гарантии, что получатель прочитал или понял содержимое сообщения.\n'),
  'read_receipt', 'ru', inv='1502', omid=r.id))

r = REM['ru-r6']
A(M('read_chernozem_thebat_cp1251', msg(C['voronezh'], BOT, 'Уведомление о прочтении: ' + r.subject, D('2026-11-24 11:47', TZ), T(
f'''Ваше письмо
   Кому: zakupki@chernozem-seed.ru
   Тема: {r.subject}
   Дата: 24.11.2026 9:00
было прочитано 24.11.2026 11:47.

--
The Bat! 11.4''', 'windows-1251', 'quoted-printable'), irt=r.id, refs=r.id),
  'read_receipt', 'ru', inv='1489', omid=r.id, note='non-standard, no MDN part, windows-1251'))

# ---------------- недоставки ----------------
r = REM['ru-r10']
A(M('dsn_dyachenko_yandex_nosuchuser', dsn(r, 'dyachenko.sp@yandex.ru', status='5.7.1', remote='mx.yandex.ru',
    diag='550 5.7.1 No such user!', date=D('2026-12-02 09:01', TZ), attach='full', human=
'''This is the mail system at host mx1.brightwater-seedlab.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<dyachenko.sp@yandex.ru>: host mx.yandex.ru[77.88.21.249] said: 550 5.7.1 No
    such user! (in reply to end of DATA command)
'''), 'bounce', 'en', inv='1477', failed='dyachenko.sp@yandex.ru', perm=True, reason='user_unknown', omid=r.id,
  note='Yandex uses 5.7.1 for no such user'))

r = REM['ru-r4']
A(M('mailru_melnikov_quota', dsn(r, 'melnikov.kfh@mail.ru', status='5.2.2', remote='mxs.mail.ru',
    diag='552 5.2.2 Message rejected: mailbox is full (over quota)', date=D('2026-11-12 10:03', TZ),
    attach='headers', envid=False, subject='Mail delivery failed: returning message to sender', reporting='mxs.mail.ru',
    frm=('Mail Delivery System', 'MAILER-DAEMON@corp.mail.ru'), auth_line=auth('corp.mail.ru'), human=
'''This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. Retry time expired after 3 days.
The following address(es) failed:

  melnikov.kfh@mail.ru
    SMTP error from remote mail server after RCPT TO:<melnikov.kfh@mail.ru>:
    552 5.2.2 Message rejected: mailbox is full (over quota). Ящик переполнен
'''), 'bounce', 'en', inv='1431', failed='melnikov.kfh@mail.ru', perm=True, reason='mailbox_full', omid=r.id))

r = REM['ru-r7']
A(M('ndr_tatagrohim_tolko_edo', dsn(r, 'kanc@tatagrohim.ru', status='5.7.1', remote='mail.tatagrohim.ru',
    diag='550 5.7.1 Message rejected by transport rule: invoices are accepted only via EDO (Diadoc/SBIS)',
    date=D('2026-11-23 11:02', TZ), attach='full', envid=False, subject='Не удается доставить: ' + r.subject,
    reporting='EX2019.tatagrohim.local', frm=('Microsoft Outlook', 'postmaster@tatagrohim.ru'), auth_line=auth('tatagrohim.ru'), human=
'''Не удалось доставить сообщение следующим получателям или группам:

kanc@tatagrohim.ru
Ваше сообщение отклонено правилом организации: счета и акты принимаются только через систему ЭДО (Диадок/СБИС).

Диагностические сведения для администраторов:

Создающий сервер: EX2019.tatagrohim.local
kanc@tatagrohim.ru
Удаленный сервер вернул "550 5.7.1 Message rejected by transport rule"
'''), 'bounce', 'ru', inv='1459', failed='kanc@tatagrohim.ru', perm=True, reason='policy', omid=r.id,
  note='only e-invoices (EDO) accepted'))

r = REM['ru-r2']
EXTRA_CONTACTS.append('glavbuh@don-audit.ru')
A(M('dsn_don_cc_delay', dsn(r, 'glavbuh@don-audit.ru', status='4.4.2', action='delayed', remote='mx.don-audit.ru',
    diag='421 4.4.2 mx.don-audit.ru Error: timeout exceeded', date=D('2026-11-17 13:05', TZ), attach='headers',
    will_retry='Sun, 22 Nov 2026 09:00:00 +0300', extra_rcpt=['oplata@donsemena.ru'], subject='Delayed Mail (still being retried)', human=
'''This is the mail system at host mx1.brightwater-seedlab.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s) to one recipient.
It will be retried until it is 5 day(s) old.

<glavbuh@don-audit.ru>: conversation with mx.don-audit.ru[91.215.40.3] timed out
    while receiving the initial server greeting
'''), 'bounce', 'en', inv='1448;1456', failed='glavbuh@don-audit.ru', perm=False, omid=r.id,
  note='delay for the Cc only; To delivered'))

r = REM['ru-r9']
_sm = f'''The original message was received at {r.date}
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<fin@belsortsem.by>
    (reason: 550 5.1.2 Host unknown (Name server: belsortsem.by: host not found))

   ----- Transcript of session follows -----
550 5.1.2 <fin@belsortsem.by>... Host unknown (Name server: belsortsem.by: host not found)
'''
_ds = f'''Reporting-MTA: dns; relay2.brightwater-seedlab.com
Received-From-MTA: DNS; localhost
Arrival-Date: {r.date}

Final-Recipient: RFC822; fin@belsortsem.by
Action: failed
Status: 5.1.2
Remote-MTA: DNS; belsortsem.by
Last-Attempt-Date: {r.date}
'''
A(M('sendmail_minsk_host_unknown', msg(('Mail Delivery Subsystem', 'MAILER-DAEMON@relay2.brightwater-seedlab.com'), BOT,
    'Returned mail: see transcript for details', D('2026-11-20 09:01', TZ), REPORT('delivery-status', T(_sm), DS(_ds), RFC822(bot_raw(r))),
    ar=f'{MX};\n\tspf=pass smtp.helo=relay2.brightwater-seedlab.com;\n\tdkim=none;\n\tdmarc=none', rcvd=False,
    extra=['Auto-Submitted: auto-generated (failure)']),
  'bounce', 'en', inv='1440', failed='fin@belsortsem.by', perm=True, reason='other', omid=r.id, note='Sendmail, DNS host unknown'))

# ---------------- автоответы ----------------
r = REM['ru-r1']
A(M('otpusk_kuban_vkluchitelno', msg(C['kuban'], BOT, 'Автоответ: ' + r.subject, D('2026-11-23 09:01', TZ), T(
'''Здравствуйте!

Я нахожусь в ежегодном отпуске по 27 ноября включительно. По срочным вопросам оплаты обращайтесь,
пожалуйста, к главному бухгалтеру Ирине Владимировне: +7 (861) 555-44-10.

С уважением,
Светлана Гречко
ООО «Кубань Агро»'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All']),
  'auto_reply', 'ru', inv='1473', ret='2026-11-30', omid=r.id, note='по 27 ноября включительно (Fri) -> Mon 30'))

r = REM['ru-r5']
A(M('avtootvet_astyk_kazakh', msg(C['kazakh'], BOT, 'Автоматты жауап / Автоответ: ' + r.subject, D('2026-11-27 11:01', '+0500'), T(
'''Сәлеметсіз бе! Мен 4 желтоқсанға дейін іссапардамын.

Здравствуйте! Я нахожусь в командировке до 4 декабря, на связи буду с 7 декабря (понедельник).
Срочные вопросы — бухгалтерия: +7 7142 55-66-77.

Ержан Сапаров, ТОО «Астык Трейд»'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied']),
  'auto_reply', 'ru', inv='1466', ret='2026-12-07', omid=r.id, note='Kazakh + Russian'))

r = REM['ru-r6']
A(M('otomatik_yanit_chernozem_turkish', msg(('Mehmet Yılmaz', 'm.yilmaz@chernozem-seed.ru'), BOT, 'Otomatik yanıt: ' + r.subject,
    D('2026-11-24 09:02', TZ), T(
'''Merhaba,

10 Aralık 2026 tarihine kadar ofis dışındayım ve e-postalarıma erişimim sınırlı olacak.
Acil konular için lütfen zakupki@chernozem-seed.ru adresine yazınız.

Saygılarımla,
Mehmet Yılmaz
Finans Direktörü, Chernozemye Semena'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied']),
  'auto_reply', 'ru', inv='1489', ret='2026-12-11', omid=r.id,
  note='Turkish; reply from a Cc/forwarded finance director; "tarihine kadar" = until -> next working day'))

r = REM['ru-r8']
A(M('uvolen_lipetsk', msg(C['lipetsk'], BOT, 'Автоматический ответ: ' + r.subject, D('2026-12-04 09:02', TZ), T(
'''Добрый день!

Елена Борисова больше не работает в ООО «Липецкая Нива». Письма на этот адрес не читаются.
По вопросам оплаты счетов пишите на buh@lipniva.ru.'''), irt=r.id, refs=r.id, extra=['Auto-Submitted: auto-replied']),
  'auto_reply', 'ru', inv='1495', omid=r.id, nh=True, note='left-company notice (arrives just after the read receipt)'))

r = REM['ru-r2']
A(M('avtootvet_don_bez_zagolovkov', msg(C['don'], BOT, 'RE: ' + r.subject, D('2026-11-17 09:01', TZ), T(
'''Ваше письмо получено бухгалтерией АО "Донские семена".
Ответ будет направлен в течение двух рабочих дней.
Это письмо сформировано автоматически, отвечать на него не нужно.''', 'koi8-r', 'quoted-printable'), irt=r.id, refs=r.id),
  'auto_reply', 'ru', inv='1448;1456', omid=r.id, note='no Auto-Submitted; subject looks like a human RE:'))

# ---------------- challenge ----------------
r = REM['ru-r7']
A(M('proverka_otpravitelya_tatagrohim', msg(('Почтовый шлюз АО «Татагрохим»', 'antispam@tatagrohim.ru'), BOT,
    'Письмо задержано: требуется подтверждение отправителя', D('2026-11-23 11:04', TZ), T(
f'''Уважаемый отправитель!

Ваше письмо «{r.subject}» на адрес rustam.galiev@tatagrohim.ru задержано системой защиты от спама,
так как адрес {BOT} отсутствует в списке доверенных отправителей.

Чтобы письмо было доставлено, подтвердите, что вы не робот, перейдя по ссылке:
https://mailgw.tatagrohim.ru/confirm?id=5f31b0a9c2

Если подтверждение не будет получено в течение 72 часов, письмо будет удалено.'''), irt=r.id, extra=['Auto-Submitted: auto-generated']),
  'challenge', 'ru', inv='1459', nh=True, omid=r.id))

# ---------------- платежи ----------------
A(M('sber_postuplenie_kuban', msg(('СберБизнес', NOTIFIERS['ru']['bank']), BOT, 'Поступление средств на счёт 40702810352000012345',
    D('2026-11-25 12:14', TZ), T(
'''Уважаемый клиент!

На ваш счёт 40702810352000012345 поступили денежные средства.

Дата операции:      25.11.2026
Сумма:              186 000,00 RUB
Плательщик:         ООО "КУБАНЬ АГРО", ИНН 2311098765
Банк плательщика:   КРАСНОДАРСКОЕ ОТДЕЛЕНИЕ N8619 ПАО СБЕРБАНК
Назначение платежа: Оплата по счету № 1473 от 19.10.2026 за испытания семян. В т.ч. НДС 22% - 33540.98 рублей.
Номер документа:    4412

СберБизнес. Это письмо сформировано автоматически.''')),
  'payment_confirmation', 'ru', inv='1473', amount='186000.00', cur='RUB', pdate='2026-11-25', pfull=True))

A(M('yookassa_lipetsk', msg(('ЮKassa', NOTIFIERS['ru']['psp']), BOT, 'Платёж успешно проведён: 73 200,00 ₽',
    D('2026-12-07 15:31', TZ), ALT(T(
'''Здравствуйте!

В вашем магазине «Брайтвотер Сид Лаб — оплата счетов» проведён платёж.

Сумма платежа:     73 200,00 ₽
Описание:          Оплата счёта № 1495, ООО «Липецкая Нива»
Способ оплаты:     СБП
Дата платежа:      07.12.2026 15:29
Комиссия ЮKassa:   2 562,00 ₽
К зачислению:      70 638,00 ₽
ID платежа:        2f0a1c3e-000f-5000-9000-1b4d7a6c8e21

Команда ЮKassa'''), H('<p>Проведён платёж <b>73&nbsp;200,00&nbsp;&#8381;</b> &mdash; Оплата счёта № 1495, ООО «Липецкая Нива», 07.12.2026</p>'))),
  'payment_confirmation', 'ru', inv='1495', amount='73200.00', cur='RUB', pdate='2026-12-07', pfull=True,
  note='amount paid, not net after commission'))

A(M('sber_don_dva_scheta', msg(('СберБизнес', NOTIFIERS['ru']['bank']), BOT, 'Поступление средств на счёт 40702810352000012345',
    D('2026-11-24 16:40', TZ), T(
'''Уважаемый клиент!

На ваш счёт 40702810352000012345 поступили денежные средства.

Дата операции:      24.11.2026
Сумма:              342 600,00 RUB
Плательщик:         АО "ДОНСКИЕ СЕМЕНА", ИНН 6161012345
Назначение платежа: Оплата по сч. 1448, 1456 за услуги лаборатории, в т.ч. НДС (22%) 61780,33 руб.

СберБизнес''')),
  'payment_confirmation', 'ru', inv='1448;1456', amount='342600.00', cur='RUB', pdate='2026-11-24', pfull=True,
  note='two invoices, no split'))

A(M('sber_tatagrohim_chastichno', msg(('СберБизнес', NOTIFIERS['ru']['bank']), BOT, 'Поступление средств на счёт 40702810352000012345',
    D('2026-12-01 11:05', TZ), T(
'''Уважаемый клиент!

На ваш счёт 40702810352000012345 поступили денежные средства.

Дата операции:      01.12.2026
Сумма:              200 000,00 RUB
Плательщик:         АО "ТАТАГРОХИМ", ИНН 1655012345
Назначение платежа: Частичная оплата по счету 1459 от 16.10.2026. НДС не выделяется/ в т.ч. НДС 22% 36065.57

СберБизнес''')),
  'payment_confirmation', 'ru', inv='1459', amount='200000.00', cur='RUB', pdate='2026-12-01', pfull=False, note='partial'))

A(M('poddelka_sber_altai', msg(('СберБизнес', 'noreply@sberbank-business.ru.secure-notice.com'), BOT, 'Поступление средств на счёт',
    D('2026-11-16 03:12', TZ), H(
'''<html><body><p>Уважаемый клиент!</p><p>На ваш счёт поступили средства <b>58 800,00 RUB</b> от КФХ МЕЛЬНИКОВ А.В.
(назначение: оплата сч. 1431). Дата: 15.11.2026.</p>
<p>Для зачисления подтвердите операцию в <a href="http://sberbank-business.ru.secure-notice.com/login">личном кабинете</a>.</p></body></html>''',
    'windows-1251', 'base64'), ar=auth('secure-notice.com', spf='pass', dkim='pass', dmarc='pass')),
  'payment_confirmation', 'ru', inv='1431', amount='58800.00', cur='RUB', pdate='2026-11-15', nh=True,
  note='look-alike subdomain trick, authenticated for its own domain'))

# ---------------- ответы клиентов ----------------
r = REM['ru-r4']
A(M('otvet_melnikov_oplatil', msg(('Алексей Мельников', 'melnikov.alexey74@yandex.ru'), BOT, 'оплата счёта 1431', D('2026-11-20 21:15', '+0700'), T(
'''Добрый вечер. Узнал от вашего агронома, что вы не можете до меня дописаться - почта на mail.ru переполнена,
пишите на эту. Счёт 1431 я оплатил сегодня, 20 ноября, с карты через Сбербанк Онлайн, 58 800 руб.

Мельников А.В.''')),
  'client_reply', 'ru', intent='paid', inv='1431', amount='58800.00', cur='RUB', nh=True,
  note='new private address, not threaded (reminder bounced)'))

r = REM['ru-r3']
A(M('otvet_stavr_obeshchanie', msg(C['stavr'], BOT, 'RE: ' + r.subject, D('2026-12-01 14:22', TZ), T(
'''Добрый день!

Счёт № 1502 согласован, оплату произведём 4 декабря.

С уважением,
Наталья Ефимова
ООО «СтавропольЗерно»

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'ru', intent='promise', inv='1502', promised='2026-12-04', omid=r.id))

r = REM['ru-r8']
A(M('otvet_lipetsk_glavbuh_skazala', msg(('Бухгалтерия ООО «Липецкая Нива»', 'buh@lipniva.ru'), BOT, 'RE: ' + r.subject, D('2026-12-04 10:30', TZ), T(
'''Здравствуйте!

Письмо переслали нам. Главный бухгалтер сказала, что счёт 1495 оплатим до конца следующей недели.

Бухгалтерия ООО «Липецкая Нива»

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'ru', intent='promise', inv='1495', promised='2026-12-11', omid=r.id,
  note='relayed; end of next week written Fri 4 Dec -> Fri 11 Dec'))

r = REM['ru-r5']
A(M('otvet_astyk_ne_poluchitsya', msg(C['kazakh'], BOT, 'Re: ' + r.subject, D('2026-12-08 10:00', '+0500'), T(
'''Добрый день!

К сожалению, в эту пятницу оплатить инвойс 1466 НЕ получится — валютный контроль банка запросил
дополнительные документы. Оплату отправим 16 декабря.

Ержан

''' + gq(r)), irt=r.id, refs=r.id),
  'client_reply', 'ru', intent='promise', inv='1466', promised='2026-12-16', omid=r.id, note='negated Friday, new firm date'))

r = REM['ru-r10']
A(M('otvet_dyachenko_pretenziya', msg(('Сергей Дьяченко', 'dyachenko.s@yandex.ru'), BOT, 'Счёт 1477 - не согласен', D('2026-12-03 18:40', TZ), T(
'''Добрый вечер.

Оплачивать счёт 1477 не буду, пока не разберёмся. По вашему протоколу всхожесть партии подсолнечника 71%,
а в Россельхозцентре на ту же партию дали 89%. Из-за вашего протокола партию не приняли на элеваторе.
Прошу пересмотреть результаты и выставленный счёт.

С.П. Дьяченко''')),
  'client_reply', 'ru', intent='dispute', inv='1477', nh=True, note='from the correct address (the reminder bounced); not threaded'))

r = REM['ru-r9']
A(M('otvet_minsk_rassrochka', msg(('Виктор Лукашик', 'v.lukashik@belsortsem.gov.by'), BOT, 'Re: ' + r.subject, D('2026-11-26 11:10', TZ), T(
'''Добрый день!

Ваше письмо дошло только через коллег — у нас поменялся домен почты. В связи с ограничениями по валютным
платежам просим рассмотреть возможность оплаты счёта 1440 (3 900 USD) двумя частями: в декабре и в январе.

С уважением,
В. Лукашик
ОАО «Белсортсемпром»

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'ru', intent='plan_request', inv='1440', nh=True, omid=r.id))

r = REM['ru-r6']
A(M('otvet_chernozem_poluchili', msg(C['voronezh'], BOT, 'RE: ' + r.subject, D('2026-11-24 12:00', TZ), T(
'Получили, спасибо.\n\nТ. Кравец\n\n' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'ru', intent='other', inv='1489', omid=r.id, note='bare receipt'))

A(M('otvet_chernozem_vopros_originaly', msg(C['voronezh'], BOT, 'RE: ' + r.subject, D('2026-12-02 15:45', TZ), T(
'''Добрый день!

Для проведения оплаты по счёту 1489 нам нужны оригиналы счёта и акта выполненных работ, либо отправьте
документы через ЭДО (мы в СБИС). Также подтвердите, пожалуйста, реквизиты — в договоре указан другой р/с.

Татьяна Кравец
ООО «Черноземье Семена»'''), irt=r.id, refs=r.id),
  'client_reply', 'ru', intent='question', inv='1489', nh=True, omid=r.id))

r = REM['ru-r1']
A(M('otvet_kuban_prosim_isklyuchit', msg(C['kuban'], BOT, 'Об исключении из рассылки', D('2026-12-07 10:15', TZ), T(
'''Уважаемые коллеги!

Просим исключить адрес buh@kuban-agro.ru из рассылки автоматических напоминаний об оплате.
Все вопросы по расчётам просим направлять официальным письмом на имя главного бухгалтера.

С уважением,
Светлана Гречко
ООО «Кубань Агро»'''), refs=r.id),
  'client_reply', 'ru', intent='stop', inv='1473', nh=True, omid=r.id))

r = REM['ru-r7']
A(M('otvet_tatagrohim_oplatili_chast_pretenziya', msg(('Рустам Галиев', 'rustam.galiev@tatagrohim.ru'), BOT, 'RE: ' + r.subject, D('2026-12-02 09:40', TZ), T(
'''Добрый день.

01.12.2026 платёжным поручением № 7781 перечислили 200 000,00 руб. по счёту 1459. Оставшуюся сумму
(217 960,00 руб.) оплачивать не будем: по 14 образцам из 38 протоколы испытаний оформлены с ошибками
(неверные номера партий), наш покупатель их не принял. Претензия направлена через ЭДО.

Р. Галиев
АО «Татагрохим»

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'ru', intent='dispute', inv='1459', amount='200000.00', cur='RUB', nh=True, omid=r.id,
  note='mixed: paid part + dispute rest'))

r = REM['ru-r2']
A(M('otvet_don_uslovno_24', msg(C['don'], BOT, 'RE: ' + r.subject, D('2026-11-19 16:05', TZ), T(
'''Добрый день!

Оба счёта (1448 и 1456) готовы оплатить 24 ноября при условии, что до этого вы подпишете и вернёте акт
сверки за III квартал.

Игорь Полищук
АО «Донские семена»

''' + oq(r)), irt=r.id, refs=r.id),
  'client_reply', 'ru', intent='promise', inv='1448;1456', promised='2026-11-24', nh=True, omid=r.id, note='conditional promise with a day'))

r = REM['ru-r3']
A(M('peresylka_stavr_vnutri', msg(C['stavr'], [('Ирина Соболева', 'i.soboleva@stavzerno.ru')], 'FW: ' + r.subject, D('2026-12-01 09:30', TZ), T(
'''Ирина, добрый день! Поставь, пожалуйста, в реестр платежей на эту неделю, договор у тебя.

Наталья

''' + oq(r)), irt=r.id, refs=r.id, cc=[BOT]),
  'client_reply', 'ru', intent='other', inv='1502', omid=r.id, note='internal forward at client, bot in Cc'))

r = REM['ru-r5']
A(M('otvet_astyk_v_tenge', msg(C['kazakh'], BOT, 'Re: ' + r.subject, D('2026-12-09 12:20', '+0500'), T(
'''Ольга, здравствуйте!

Можно ли оплатить инвойс 1466 в тенге на ваш счёт в Казахстане? Если да, по какому курсу будет пересчёт
и пришлите реквизиты.

Ержан'''), irt=r.id, refs=r.id),
  'client_reply', 'ru', intent='question', inv='1466', nh=True, omid=r.id))

# ---------------- прочее ----------------
A(M('sotrudnik_napominaet_minsk', msg(S['as'], ('Виктор Лукашик', 'v.lukashik@belsortsem.gov.by'), 'Счёт 1440 — уточнение', D('2026-12-08 11:00', TZ), T(
'''Виктор Иванович, добрый день!

Хотел лично уточнить по счёту 1440 (3 900 USD) — вы писали про оплату частями. Мы готовы согласовать
график: 1 950 USD до 25.12 и 1 950 USD до 25.01. Подтвердите, пожалуйста, и я подготовлю допсоглашение.

Андрей Ступин'''), cc=[BOT]),
  'other', 'ru', inv='1440', note='staff handling by hand'))

A(M('vnutrennee_akt_sverki', msg(S['ol'], S['mk'], 'акт сверки Донские', D('2026-11-20 17:40', TZ), T(
'''Марина, акт сверки с Донскими семенами за III квартал подписан? Они без него не платят.
Если нет — подпиши у Андрея и отправь через Диадок сегодня.

О.'''), cc=[BOT]),
  'other', 'ru', nh=True, note='staff among themselves'))

A(M('spam_bazy', msg(('Базы Клиентов 2026', 'info@bazy-klientov-2026.ru'), BOT, 'Базы агропредприятий России — скидка 70%',
    D('2026-11-10 06:15', TZ), T('Здравствуйте! Продаём актуальные базы агрохолдингов и КФХ (120 000 контактов). Только до пятницы скидка 70%. Пишите в Telegram @bazy2026.', 'koi8-r', 'base64'),
    ar=auth('bazy-klientov-2026.ru', spf='fail', dkim='none', dmarc='none')),
  'other', 'ru', nh=True))

A(M('fishing_fns', msg(('ФНС России', 'uvedomlenie@nalog-trebovanie.com'), BOT, 'Требование о представлении пояснений № 12-04/8831',
    D('2026-12-03 08:22', TZ), MIX(T('Уважаемый налогоплательщик!\n\nВ связи с выявленными расхождениями в декларации по НДС за III квартал 2026 г. необходимо представить пояснения в течение 5 рабочих дней. Требование во вложении.\n'),
    ATT(b'PK\x03\x04' + b'\x00' * 60, 'application/zip', 'trebovanie_12-04-8831.zip')),
    ar=auth('nalog-trebovanie.com', spf='pass', dkim='none', dmarc='none')),
  'other', 'ru', nh=True, note='phishing impersonating the tax office'))

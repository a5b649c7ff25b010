"""The Brightwater Seed Laboratories world: staff, clients, notifiers, the bot's reminders."""
from lib import sha, D, BOT

STAFF_DOMAINS = ['brightwater-seedlab.com', 'brightwater-seedlab.co.uk', 'brightwater-seedlab.de',
                 'brightwater-seedlab.co.id', 'brightwater-seedlab.ru']
STAFF = {
    'en': [('Harriet Quayle', 'h.quayle@brightwater-seedlab.co.uk'), ('Tom Ashdown', 't.ashdown@brightwater-seedlab.co.uk'),
           ('Priya Raman', 'p.raman@brightwater-seedlab.co.uk')],
    'de': [('Katrin Vogelsang', 'k.vogelsang@brightwater-seedlab.de'), ('Jörg Ehlers', 'j.ehlers@brightwater-seedlab.de'),
           ('Miriam Seidl', 'm.seidl@brightwater-seedlab.de')],
    'id': [('Dewi Kartikasari', 'dewi.k@brightwater-seedlab.co.id'), ('Bagus Prasetyo', 'bagus.p@brightwater-seedlab.co.id'),
           ('Rina Hapsari', 'rina.h@brightwater-seedlab.co.id')],
    'ru': [('Ольга Литвиненко', 'o.litvinenko@brightwater-seedlab.ru'), ('Андрей Ступин', 'a.stupin@brightwater-seedlab.ru'),
           ('Марина Кох', 'm.koch@brightwater-seedlab.ru')],
    'grp': [('Eleanor Marsh (Group Finance)', 'e.marsh@brightwater-seedlab.com')],
}
NOTIFIERS = {
    'en': {'bank': 'payments-noreply@fenbridgebank.co.uk', 'psp': 'receipts@gocardless.com'},
    'de': {'bank': 'kontoinfo@sparkasse-hannover.de', 'psp': 'noreply@mollie.com'},
    'id': {'bank': 'notifikasi@bankmandiri.co.id', 'psp': 'no-reply@xendit.co'},
    'ru': {'bank': 'noreply@sberbank-business.ru', 'psp': 'receipts@yookassa.ru'},
}
# clients per desk: key -> (company, contact name, AP address, tz)
CLIENTS = {
    'en': {
        'hartley': ('Hartley Grain Merchants Ltd', 'Sandra Pike', 'accounts@hartleygrain.co.uk', '+0000'),
        'fenland': ('Fenland Growers Co-operative', 'Mark Duffy', 'ap@fenlandgrowers.coop', '+0000'),
        'oakridge': ('Oakridge Seeds plc', 'Julie Bannister', 'purchase.ledger@oakridgeseeds.com', '+0000'),
        'glenmoray': ('Glenmoray Potatoes Ltd', 'Alasdair Reid', 'invoices@glenmoray-potatoes.co.uk', '+0000'),
        'verdant': ('Verdant Agritech B.V.', 'Sanne de Wit', 'crediteuren@verdant-agritech.nl', '+0100'),
        'prairie': ('Prairie Sun Seeds Inc.', 'Kevin Olsen', 'ap@prairiesunseeds.com', '-0600'),
        'tullow': ('Tullow Tillage Ltd', 'Niamh Byrne', 'finance@tullowtillage.ie', '+0000'),
        'cotswold': ('Cotswold Heritage Grains', 'Ben Carver', 'ben@cotswoldheritage.co.uk', '+0000'),
        'nairobi': ('Rift Valley Horticulture Ltd', 'Grace Wanjiru', 'payables@riftvalleyhort.co.ke', '+0300'),
        'lyon': ('Semences du Rhône SAS', 'Claire Morel', 'comptabilite@semences-rhone.fr', '+0100'),
    },
    'de': {
        'hanse': ('Hanse Saaten GmbH', 'Frau Birgit Lorenz', 'kreditoren@hanse-saaten.de', '+0100'),
        'allgaeu': ('Allgäuer Grünland eG', 'Herr Xaver Huber', 'buchhaltung@allgaeuer-gruenland.de', '+0100'),
        'magdeburg': ('Börde Zucht AG', 'Frau Anja Krüger', 'rechnungseingang@boerde-zucht.de', '+0100'),
        'ries': ('Rieser Mühlenwerke KG', 'Herr Stefan Weigl', 'eingangsrechnungen@rieser-muehle.de', '+0100'),
        'wien': ('Marchfeld Gemüse GmbH', 'Frau Elisabeth Pichler', 'office@marchfeld-gemuese.at', '+0100'),
        'basel': ('Rheinknie Agro AG', 'Herr Urs Frei', 'kreditoren@rheinknie-agro.ch', '+0100'),
        'ostfries': ('Ostfriesische Pflanzkartoffel GmbH', 'Herr Hauke Janssen', 'fibu@ofp-kartoffel.de', '+0100'),
        'bio': ('Biolandhof Sonnenwiese', 'Frau Lena Auer', 'lena.auer@sonnenwiese-bio.de', '+0100'),
        'poznan': ('Nasiona Wielkopolska Sp. z o.o.', 'Pani Agnieszka Nowak', 'ksiegowosc@nasiona-wlkp.pl', '+0100'),
        'kwsx': ('Lippe Landhandel GmbH & Co. KG', 'Herr Martin Röhrs', 'rechnungen@lippe-landhandel.de', '+0100'),
    },
    'id': {
        'tani': ('PT Tani Makmur Sejahtera', 'Bapak Hendra Wijaya', 'finance@tanimakmur.co.id', '+0700'),
        'benih': ('PT Benih Nusantara Unggul', 'Ibu Sri Wahyuni', 'ap@benihnusantara.co.id', '+0700'),
        'sawit': ('PT Sawit Lestari Kalimantan', 'Bapak Yohanes Lumban', 'keuangan@sawitlestari.co.id', '+0800'),
        'hortindo': ('CV Hortindo Jaya', 'Ibu Ratna Dewi', 'hortindo.jaya@gmail.com', '+0700'),
        'koperasi': ('Koperasi Tani Subur Makmur', 'Bapak Slamet Riyadi', 'kopsubur@yahoo.co.id', '+0700'),
        'papua': ('PT Agro Papua Mandiri', 'Bapak Markus Wenda', 'finance@agropapua.co.id', '+0900'),
        'thai': ('Siam Seed Tech Co., Ltd.', 'Khun Somchai P.', 'ap@siamseedtech.co.th', '+0700'),
        'dinas': ('UPT Balai Benih Jawa Timur', 'Ibu Endang Lestari', 'keuangan.bbi@jatimprov.go.id', '+0700'),
        'sinar': ('PT Sinar Padi Mas', 'Ibu Maya Anggraini', 'ap.sinarpadi@sinarpadimas.com', '+0700'),
        'bali': ('PT Bali Organik Farm', 'Bapak I Made Suarta', 'accounting@baliorganik.id', '+0800'),
    },
    'ru': {
        'kuban': ('ООО «Кубань Агро»', 'Светлана Гречко', 'buh@kuban-agro.ru', '+0300'),
        'don': ('АО «Донские семена»', 'Игорь Полищук', 'oplata@donsemena.ru', '+0300'),
        'stavr': ('ООО «СтавропольЗерно»', 'Наталья Ефимова', 'finance@stavzerno.ru', '+0300'),
        'altai': ('КФХ Мельников А.В.', 'Алексей Мельников', 'melnikov.kfh@mail.ru', '+0700'),
        'kazakh': ('ТОО «Астык Трейд»', 'Ержан Сапаров', 'buh@astyk-trade.kz', '+0500'),
        'voronezh': ('ООО «Черноземье Семена»', 'Татьяна Кравец', 'zakupki@chernozem-seed.ru', '+0300'),
        'tatar': ('АО «Татагрохим»', 'Рустам Галиев', 'kanc@tatagrohim.ru', '+0300'),
        'lipetsk': ('ООО «Липецкая Нива»', 'Елена Борисова', 'e.borisova@lipniva.ru', '+0300'),
        'minsk': ('ОАО «Белсортсемпром»', 'Виктор Лукашик', 'fin@belsortsem.by', '+0300'),
        'kras': ('ИП Дьяченко С.П.', 'Сергей Дьяченко', 'dyachenko.sp@yandex.ru', '+0300'),
    },
}


def bot_id(seed, day):
    return f'<mb.{day}.{sha(seed)[:12]}@ar.brightwater-seedlab.com>'


class R:
    def __init__(self, key, desk, client, invoices, amount, cur, due, sent, stage, tz='+0000'):
        self.key, self.desk, self.client = key, desk, client
        self.invoices, self.amount, self.cur, self.due, self.sent, self.stage = invoices, amount, cur, due, sent, stage
        self.id = bot_id(key, sent[:10].replace('-', ''))
        self.date = D(sent, tz)
        c = CLIENTS[desk][client]
        self.to = (c[1], c[2])
        self.company = c[0]

    @property
    def inv(self):
        return ', '.join(self.invoices)

    @property
    def subject(self):
        n = self.inv
        return {
            'en': {'arrival': f'Invoice {n} - did it arrive safely?', 'pre_due': f'Friendly reminder: invoice {n} due {self.due}',
                   'overdue': f'Invoice {n} is now past due'},
            'de': {'arrival': f'Ist unsere Rechnung {n} gut angekommen?', 'pre_due': f'Freundliche Erinnerung: Rechnung {n}',
                   'overdue': f'Zahlungserinnerung: Rechnung {n}'},
            'id': {'arrival': f'Konfirmasi penerimaan invoice {n}', 'pre_due': f'Pengingat: invoice {n} jatuh tempo {self.due}',
                   'overdue': f'Invoice {n} telah melewati jatuh tempo'},
            'ru': {'arrival': f'Получен ли счёт № {n}?', 'pre_due': f'Напоминание о сроке оплаты счёта № {n}',
                   'overdue': f'Просроченная оплата по счёту № {n}'},
        }[self.desk][self.stage]

    def body(self):
        n, a, d = self.inv, f'{self.amount} {self.cur}', self.due
        if self.desk == 'en':
            t = (f'Dear {self.to[0]},\n\nI hope all is well with you and business is going smoothly.\n\n'
                 + (f'This is a friendly note that invoice {n} for {a} is due on {d}.\n' if self.stage != 'overdue' else
                    f'Our records show that invoice {n} for {a}, due on {d}, is now past due.\nIf you have already paid, please ignore this message.\n')
                 + 'Payment details: Fenbridge Bank plc, sort code 40-52-17, account 61432987.\n\n'
                 'If anything is unclear, just reply to this e-mail.\n\nKind regards,\nAccounts Receivable\nBrightwater Seed Laboratories Ltd')
        elif self.desk == 'de':
            t = (f'Sehr geehrte Damen und Herren,\n\nwir hoffen, es geht Ihnen gut.\n\n'
                 + (f'wir möchten Sie freundlich daran erinnern, dass unsere Rechnung {n} über {a} am {d} fällig wird.\n' if self.stage != 'overdue' else
                    f'nach unserer Buchhaltung ist die Rechnung {n} über {a} (fällig am {d}) noch offen.\nSollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n')
                 + 'Bankverbindung: Sparkasse Hannover, IBAN DE44 2505 0180 0012 3456 78\n\n'
                 'Für Rückfragen stehen wir Ihnen gern zur Verfügung.\n\nMit freundlichen Grüßen\nDebitorenbuchhaltung\nBrightwater Saatgutlabor GmbH')
        elif self.desk == 'id':
            t = (f'Yth. {self.to[0]},\n\nSemoga Bapak/Ibu dalam keadaan sehat dan usaha berjalan lancar.\n\n'
                 + (f'Kami ingin mengingatkan bahwa invoice {n} sebesar {a} akan jatuh tempo pada {d}.\n' if self.stage != 'overdue' else
                    f'Menurut catatan kami, invoice {n} sebesar {a} yang jatuh tempo pada {d} belum kami terima pembayarannya.\nApabila sudah dibayar, mohon abaikan pesan ini.\n')
                 + 'Pembayaran ke: Bank Mandiri, a.n. PT Brightwater Laboratorium Benih, no. rek. 144-00-1234567-8\n\n'
                 'Silakan balas email ini bila ada pertanyaan.\n\nHormat kami,\nBagian Piutang\nPT Brightwater Laboratorium Benih')
        else:
            t = (f'Добрый день, {self.to[0]}!\n\nНадеемся, что у вас всё хорошо.\n\n'
                 + (f'Напоминаем, что срок оплаты счёта № {n} на сумму {a} наступает {d}.\n' if self.stage != 'overdue' else
                    f'По нашим данным, счёт № {n} на сумму {a} со сроком оплаты {d} не оплачен.\nЕсли оплата уже произведена, просим не обращать внимания на это письмо.\n')
                 + 'Реквизиты: ПАО Сбербанк, р/с 40702810352000012345, БИК 040349602\n\n'
                 'Если остались вопросы, просто ответьте на это письмо.\n\nС уважением,\nотдел дебиторской задолженности\nООО «Брайтвотер Сид Лаб»')
        return t


REMINDERS = [
    # en
    R('en-r1', 'en', 'hartley', ['BSL-UK-26-0871'], '4,212.00', 'GBP', '2026-11-20', '2026-11-17 09:05', 'pre_due'),
    R('en-r2', 'en', 'fenland', ['BSL-UK-26-0844', 'BSL-UK-26-0859'], '7,930.80', 'GBP', '2026-11-06', '2026-11-13 09:10', 'overdue'),
    R('en-r3', 'en', 'oakridge', ['BSL-UK-26-0903'], '12,480.00', 'GBP', '2026-11-30', '2026-11-27 10:00', 'pre_due'),
    R('en-r4', 'en', 'verdant', ['BSL-UK-26-0790'], '3,150.00', 'EUR', '2026-10-31', '2026-11-09 08:30', 'overdue'),
    R('en-r5', 'en', 'prairie', ['BSL-UK-26-0812'], '9,600.00', 'USD', '2026-11-15', '2026-11-20 14:00', 'overdue'),
    R('en-r6', 'en', 'glenmoray', ['BSL-UK-26-0918'], '1,864.20', 'GBP', '2026-12-18', '2026-11-23 09:00', 'arrival'),
    R('en-r7', 'en', 'tullow', ['BSL-UK-26-0777'], '2,340.00', 'EUR', '2026-10-25', '2026-11-30 09:15', 'overdue'),
    R('en-r8', 'en', 'nairobi', ['BSL-UK-26-0826'], '5,075.00', 'USD', '2026-11-21', '2026-11-26 07:40', 'overdue'),
    R('en-r9', 'en', 'cotswold', ['BSL-UK-26-0931'], '648.00', 'GBP', '2026-12-04', '2026-12-01 09:00', 'pre_due'),
    R('en-r10', 'en', 'lyon', ['BSL-UK-26-0865'], '6,720.00', 'EUR', '2026-11-25', '2026-12-02 09:00', 'overdue'),
    R('en-r11', 'en', 'prairie', ['BSL-UK-26-0812'], '9,600.00', 'USD', '2026-11-15', '2026-12-04 14:00', 'overdue'),
    R('en-r12', 'en', 'lyon', ['BSL-UK-26-0865'], '6,720.00', 'EUR', '2026-11-25', '2026-12-09 08:00', 'overdue'),
    # de
    R('de-r1', 'de', 'hanse', ['RE-2026-4471'], '8.925,00', 'EUR', '2026-11-19', '2026-11-16 08:00', 'pre_due', '+0100'),
    R('de-r2', 'de', 'allgaeu', ['RE-2026-4398', 'RE-2026-4412'], '3.867,50', 'EUR', '2026-11-05', '2026-11-12 08:30', 'overdue', '+0100'),
    R('de-r3', 'de', 'magdeburg', ['RE-2026-4502'], '21.420,00', 'EUR', '2026-12-03', '2026-11-30 09:00', 'pre_due', '+0100'),
    R('de-r4', 'de', 'ries', ['RE-2026-4356'], '2.618,00', 'EUR', '2026-10-30', '2026-11-06 09:00', 'overdue', '+0100'),
    R('de-r5', 'de', 'basel', ['RE-2026-4420'], '11.350,00', 'CHF', '2026-11-18', '2026-11-24 09:00', 'overdue', '+0100'),
    R('de-r6', 'de', 'wien', ['RE-2026-4489'], '4.560,00', 'EUR', '2026-12-10', '2026-11-25 10:00', 'arrival', '+0100'),
    R('de-r7', 'de', 'ostfries', ['RE-2026-4433'], '6.188,00', 'EUR', '2026-11-20', '2026-11-27 08:45', 'overdue', '+0100'),
    R('de-r8', 'de', 'bio', ['RE-2026-4465'], '737,80', 'EUR', '2026-11-26', '2026-12-03 08:15', 'overdue', '+0100'),
    R('de-r9', 'de', 'poznan', ['RE-2026-4380'], '5.200,00', 'EUR', '2026-11-10', '2026-11-17 09:30', 'overdue', '+0100'),
    R('de-r10', 'de', 'kwsx', ['RE-2026-4510'], '1.547,00', 'EUR', '2026-12-07', '2026-12-04 08:00', 'pre_due', '+0100'),
    R('de-r11', 'de', 'basel', ['RE-2026-4420'], '11.350,00', 'CHF', '2026-11-18', '2026-12-08 09:00', 'overdue', '+0100'),
    # id
    R('id-r1', 'id', 'tani', ['0187/BSL-INV/X/2026'], 'Rp 48.840.000', 'IDR', '2026-11-14', '2026-11-18 09:00', 'overdue', '+0700'),
    R('id-r2', 'id', 'benih', ['0203/BSL-INV/X/2026', '0211/BSL-INV/X/2026'], 'Rp 73.260.000', 'IDR', '2026-11-20', '2026-11-25 08:30', 'overdue', '+0700'),
    R('id-r3', 'id', 'sawit', ['0226/BSL-INV/XI/2026'], 'Rp 129.870.000', 'IDR', '2026-12-05', '2026-12-02 09:00', 'pre_due', '+0700'),
    R('id-r4', 'id', 'hortindo', ['0179/BSL-INV/X/2026'], 'Rp 6.105.000', 'IDR', '2026-11-09', '2026-11-16 10:00', 'overdue', '+0700'),
    R('id-r5', 'id', 'thai', ['0195/BSL-INV/X/2026'], 'USD 4,380.00', 'USD', '2026-11-15', '2026-11-23 09:00', 'overdue', '+0700'),
    R('id-r6', 'id', 'koperasi', ['0232/BSL-INV/XI/2026'], 'Rp 11.655.000', 'IDR', '2026-12-21', '2026-11-24 09:00', 'arrival', '+0700'),
    R('id-r7', 'id', 'papua', ['0190/BSL-INV/X/2026'], 'Rp 35.520.000', 'IDR', '2026-11-12', '2026-11-19 09:30', 'overdue', '+0700'),
    R('id-r8', 'id', 'sinar', ['0240/BSL-INV/XI/2026'], 'Rp 22.200.000', 'IDR', '2026-12-09', '2026-12-04 09:00', 'pre_due', '+0700'),
    R('id-r9', 'id', 'dinas', ['0171/BSL-INV/IX/2026'], 'Rp 57.720.000', 'IDR', '2026-10-30', '2026-11-10 09:00', 'overdue', '+0700'),
    R('id-r10', 'id', 'bali', ['0215/BSL-INV/XI/2026'], 'Rp 9.990.000', 'IDR', '2026-11-28', '2026-12-01 09:00', 'overdue', '+0700'),
    # ru
    R('ru-r1', 'ru', 'kuban', ['1473'], '186 000,00', 'RUB', '2026-11-18', '2026-11-23 09:00', 'overdue', '+0300'),
    R('ru-r2', 'ru', 'don', ['1448', '1456'], '342 600,00', 'RUB', '2026-11-10', '2026-11-17 09:00', 'overdue', '+0300'),
    R('ru-r3', 'ru', 'stavr', ['1502'], '95 400,00', 'RUB', '2026-12-04', '2026-12-01 09:00', 'pre_due', '+0300'),
    R('ru-r4', 'ru', 'altai', ['1431'], '58 800,00', 'RUB', '2026-11-02', '2026-11-09 10:00', 'overdue', '+0300'),
    R('ru-r5', 'ru', 'kazakh', ['1466'], '7 250,00', 'USD', '2026-11-20', '2026-11-27 09:00', 'overdue', '+0300'),
    R('ru-r6', 'ru', 'voronezh', ['1489'], '212 400,00', 'RUB', '2026-12-14', '2026-11-24 09:00', 'arrival', '+0300'),
    R('ru-r7', 'ru', 'tatar', ['1459'], '417 960,00', 'RUB', '2026-11-16', '2026-11-23 11:00', 'overdue', '+0300'),
    R('ru-r8', 'ru', 'lipetsk', ['1495'], '73 200,00', 'RUB', '2026-12-07', '2026-12-04 09:00', 'pre_due', '+0300'),
    R('ru-r9', 'ru', 'minsk', ['1440'], '3 900,00', 'USD', '2026-11-13', '2026-11-20 09:00', 'overdue', '+0300'),
    R('ru-r10', 'ru', 'kras', ['1477'], '42 000,00', 'RUB', '2026-11-25', '2026-12-02 09:00', 'overdue', '+0300'),
]
REM = {r.key: r for r in REMINDERS}
BOTFROM = ('Brightwater Seed Laboratories – Accounts', BOT)


def bot_raw(r):
    """The bot's reminder as raw text (for DSN/attached originals)."""
    from lib import msg, T
    return msg(BOTFROM, r.to, r.subject, r.date, T(r.body()), mid=r.id, ar='', rcvd=False,
               extra=[f'Disposition-Notification-To: {BOT}']).split('\n', 1)[1]


def gq(r, lang=None, who='Brightwater Seed Laboratories – Accounts'):
    lang = lang or r.desk
    from lib import DOW, MON
    import datetime as dt
    d = dt.datetime.strptime(r.sent, '%Y-%m-%d %H:%M')
    hh = f'{d.hour:02d}:{d.minute:02d}'
    intro = {
        'en': f'On {DOW[d.weekday()]}, {d.day} {MON[d.month-1]} 2026 at {hh}, {who} <{BOT}> wrote:',
        'de': f'Am {["Mo.","Di.","Mi.","Do.","Fr.","Sa.","So."][d.weekday()]}, {d.day}. {["Jan.","Feb.","März","Apr.","Mai","Juni","Juli","Aug.","Sept.","Okt.","Nov.","Dez."][d.month-1]} 2026 um {hh} Uhr schrieb {who} <{BOT}>:',
        'id': f'Pada {["Sen","Sel","Rab","Kam","Jum","Sab","Min"][d.weekday()]}, {d.day} {["Jan","Feb","Mar","Apr","Mei","Jun","Jul","Agu","Sep","Okt","Nov","Des"][d.month-1]} 2026 pukul {d.hour:02d}.{d.minute:02d} {who} <{BOT}> menulis:',
        'ru': f'{["пн","вт","ср","чт","пт","сб","вс"][d.weekday()]}, {d.day} {["янв.","февр.","мар.","апр.","мая","июн.","июл.","авг.","сент.","окт.","нояб.","дек."][d.month-1]} 2026 г. в {hh}, {who} <{BOT}>:',
    }[lang]
    return intro + '\n' + '\n'.join('> ' + l if l else '>' for l in r.body().split('\n'))


def oq(r, lang=None):
    lang = lang or r.desk
    from lib import DOW, MON
    import datetime as dt
    d = dt.datetime.strptime(r.sent, '%Y-%m-%d %H:%M')
    to = f'{r.to[0]} <{r.to[1]}>'
    if lang == 'en':
        h = f'-----Original Message-----\nFrom: Brightwater Seed Laboratories - Accounts <{BOT}>\nSent: {["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"][d.weekday()]}, {d.day} {["January","February","March","April","May","June","July","August","September","October","November","December"][d.month-1]} 2026 {d.hour:02d}:{d.minute:02d}\nTo: {to}\nSubject: {r.subject}'
    elif lang == 'de':
        h = f'-----Ursprüngliche Nachricht-----\nVon: Brightwater Seed Laboratories - Accounts <{BOT}>\nGesendet: {["Montag","Dienstag","Mittwoch","Donnerstag","Freitag","Samstag","Sonntag"][d.weekday()]}, {d.day}. {["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"][d.month-1]} 2026 {d.hour:02d}:{d.minute:02d}\nAn: {to}\nBetreff: {r.subject}'
    elif lang == 'id':
        h = f'-----Original Message-----\nDari: Brightwater Seed Laboratories - Accounts <{BOT}>\nDikirim: {["Senin","Selasa","Rabu","Kamis","Jumat","Sabtu","Minggu"][d.weekday()]}, {d.day:02d} {["Januari","Februari","Maret","April","Mei","Juni","Juli","Agustus","September","Oktober","November","Desember"][d.month-1]} 2026 {d.hour:02d}.{d.minute:02d}\nKepada: {to}\nPerihal: {r.subject}'
    else:
        h = f'-----Original Message-----\nОт: Brightwater Seed Laboratories - Accounts <{BOT}>\nОтправлено: {["понедельник","вторник","среда","четверг","пятница","суббота","воскресенье"][d.weekday()]}, {d.day} {["января","февраля","марта","апреля","мая","июня","июля","августа","сентября","октября","ноября","декабря"][d.month-1]} 2026 г. {d.hour:02d}:{d.minute:02d}\nКому: {to}\nТема: {r.subject}'
    return h + '\n\n' + r.body()


# Cc contacts that appear in bounces (known_contacts)
EXTRA_CONTACTS = []

"""Reply intents on phrasings no earlier set holds, written for issue 11: every intent in
the four languages, "stop contacting me" in the forms native speakers use, and hard
negatives (quoted or negated payment talk, a question about a payment). The patterns are
data per language (mailbot/reading/lang/<code>.py); every reading names the rule and the
words that decided it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailbot.domain.values import Intent
from mailbot.reading.classify import Context, classify
from mailbot.reading.kinds.client_reply import RULES, read
from mailbot.reading.parse import parse_message

I = Intent
TUESDAY = date(2026, 12, 1)  # replies are dated Tuesday 1 December 2026
BOT = "ar@acme.test"
THREAD = "<mailbot.0042@acme.test>"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              known_invoice_numbers=("INV-3018", "INV-3019", "RE-2026-77"),
              known_message_ids=frozenset({THREAD}),
              known_contacts=frozenset({"dana@client.test"}))


def reading(text: str):
    return read(text, TUESDAY, None, datetime(2026, 12, 1, 10, tzinfo=UTC))


def sure(text: str) -> tuple[Intent, date | None]:
    """The intent read with enough confidence to act on (else OTHER)."""
    r = reading(text)
    return (r.intent if r.confidence >= 0.7 else I.OTHER), r.promised_date


STOP = I.STOP
PLAN = I.PLAN_REQUEST
PAID = I.PAID_CLAIM
DISPUTE = I.DISPUTE
PROMISE = I.PROMISE
NOT_RECEIVED = I.NOT_RECEIVED
DETAILS = I.PAYMENT_DETAILS

LONG_PAID = ("Our accounts team processed the payment for this invoice last Thursday via SEPA. "
             "The reference on the transfer is the invoice number and our bank shows it as "
             "executed, so please check on your side and let me know if anything is missing.")
ENGLISH = [
    ("Please stop emailing me.", STOP, None),
    ("Remove me from your list.", STOP, None),
    ("Do not contact me again regarding this matter.", STOP, None),
    ("Cease all communication with this office.", STOP, None),
    ("Take me off your mailing list, please.", STOP, None),
    ("Kindly refrain from sending further emails to this address.", STOP, None),
    ("I no longer wish to receive these reminders.", STOP, None),
    ("Could we split this into three payments?", PLAN, None),
    ("Would it be possible to spread the cost over the next quarter?", PLAN, None),
    ("Is a payment arrangement possible? Cash is tight until spring.", PLAN, None),
    ("Can we pay this off in monthly chunks of 500?", PLAN, None),
    ("done, transferred yesterday", PAID, None),
    ("We wired the full amount on Monday; the confirmation is attached.", PAID, None),
    (LONG_PAID, PAID, None),
    ("Payment was made on 27 November by bank transfer.", PAID, None),
    ("we can't pay Friday, but will pay on the 15th", PROMISE, date(2026, 12, 15)),
    ("Not this week, I'm afraid - you'll have it by the 10th.", PROMISE, date(2026, 12, 10)),
    ("The invoice does not reflect the discount we agreed on.", DISPUTE, None),
    ("You charged us for 12 licences but we only have 8 users.", DISPUTE, None),
    ("We never received the PDF, only the reminder.", NOT_RECEIVED, None),
]

GERMAN = [
    ("Bitte kontaktieren Sie mich nicht mehr per E-Mail.", STOP, None),
    ("Bitte kontaktieren Sie uns nicht mehr.", STOP, None),
    ("Ich wünsche keine weiteren E-Mails von Ihnen.", STOP, None),
    ("Bitte sehen Sie von weiteren Mahnungen ab.", STOP, None),
    ("Nehmen Sie mich bitte aus dem Verteiler.", STOP, None),
    ("Löschen Sie bitte meine Adresse aus Ihrer Kartei.", STOP, None),
    ("Schreiben Sie mir bitte nicht mehr.", STOP, None),
    ("Ratenzahlung möglich?", PLAN, None),
    ("Können wir den Betrag in Monatsraten abbezahlen?", PLAN, None),
    ("Wäre eine Zahlung in zwei Tranchen für Sie in Ordnung?", PLAN, None),
    ("Erledigt, gestern überwiesen.", PAID, None),
    ("Der Betrag ging am Freitag per Überweisung an Sie raus.", PAID, None),
    ("Wir können diese Woche nicht zahlen, überweisen aber am 15.12.", PROMISE,
     date(2026, 12, 15)),
    ("Die Zahlung erfolgt spätestens am 10. Dezember.", PROMISE, date(2026, 12, 10)),
    ("Mit dem Rechnungsbetrag sind wir nicht einverstanden, vereinbart waren 800 Euro.",
     DISPUTE, None),
    ("Die berechneten Stunden können wir nicht nachvollziehen.", DISPUTE, None),
]

INDONESIAN = [
    ("Mohon jangan hubungi lagi.", STOP, None),
    ("Tolong berhenti mengirim email ke saya.", STOP, None),
    ("Jangan kirim email lagi ya.", STOP, None),
    ("Saya tidak mau menerima email tagihan ini lagi.", STOP, None),
    ("Mohon hapus saya dari daftar pengiriman.", STOP, None),
    ("Bisa dicicil?", PLAN, None),
    ("Boleh kami bayar dua kali, bulan ini dan bulan depan?", PLAN, None),
    ("Apakah bisa diperpanjang jatuh temponya?", PLAN, None),
    ("Sudah lunas pak, kemarin sore.", PAID, None),
    ("Pembayaran sudah kami lakukan tanggal 28 November via BCA, mohon dicek.", PAID, None),
    ("Minggu ini belum bisa, tapi kami bayar tanggal 15.", PROMISE, date(2026, 12, 15)),
    ("Kami akan transfer hari Jumat.", PROMISE, date(2026, 12, 4)),
    ("Nominalnya kok beda dengan penawaran?", DISPUTE, None),
    ("Kami keberatan dengan tagihan ini karena barang dikembalikan.", DISPUTE, None),
    ("Invoicenya belum kami terima, bisa dikirim ulang?", NOT_RECEIVED, None),
]

RUSSIAN = [
    ("Прошу больше не писать.", STOP, None),
    ("Не пишите мне больше.", STOP, None),
    ("Прекратите рассылку.", STOP, None),
    ("Удалите меня из списка.", STOP, None),
    ("Прошу исключить наш адрес из вашей рассылки.", STOP, None),
    ("Можно ли оплатить частями?", PLAN, None),
    ("Разрешите оплатить в два платежа — сейчас и в январе.", PLAN, None),
    ("Просим предоставить отсрочку на месяц.", PLAN, None),
    ("Оплатили вчера, платёжку пришлю.", PAID, None),
    ("Деньги ушли ещё в пятницу.", PAID, None),
    ("Оплатим в пятницу.", PROMISE, date(2026, 12, 4)),
    ("Оплату произведём до 15 декабря.", PROMISE, date(2026, 12, 15)),
    ("В эту пятницу не получится, оплатим 10 декабря.", PROMISE, date(2026, 12, 10)),
    ("Направляем претензию по качеству поставленного товара.", DISPUTE, None),
    ("Не согласны с суммой, в договоре другая цена.", DISPUTE, None),
    ("Счёт так и не пришёл, продублируйте, пожалуйста.", NOT_RECEIVED, None),
]


@pytest.mark.parametrize(("text", "intent", "when"),
                         ENGLISH + GERMAN + INDONESIAN + RUSSIAN)
def test_unseen_phrasings_are_read(text, intent, when):
    got, promised = sure(text)
    assert got == intent, reading(text).reason
    if intent == PROMISE:
        assert promised == when


# a second batch, written after the first was passed and measured before any change for
# it (69 of 78 right; the misses were added to the tables as general phrasings)
SECOND = [
    ("Please don't email me again.", STOP),
    ("Stop sending me these.", STOP),
    ("I want to be removed from your mailing list.", STOP),
    ("Unsubscribe me from all of this.", STOP),
    ("We'd like to opt out of these email reminders.", STOP),
    ("Could we pay in two instalments?", PLAN),
    ("Is there any chance we can pay half now and half in January?", PLAN),
    ("Can we set up a payment plan?", PLAN),
    ("Would you accept three monthly payments of 1,000?", PLAN),
    ("We need a bit more time to pay this one.", PLAN),
    ("This was settled last week.", PAID),
    ("The invoice has been paid in full on 30 November.", PAID),
    ("I paid it by card this morning.", PAID),
    ("Payment sent via PayPal yesterday.", PAID),
    ("We will settle the invoice by 15 December.", PROMISE),
    ("You'll get the money next Tuesday.", PROMISE),
    ("We're paying it on Friday.", PROMISE),
    ("The transfer goes out on the 10th.", PROMISE),
    ("Payment will be made at the end of the month.", PROMISE),
    ("We didn't order these items.", DISPUTE),
    ("The hours billed don't match the timesheet.", DISPUTE),
    ("This invoice is a duplicate of INV-3001.", DISPUTE),
    ("We are disputing this charge.", DISPUTE),
    ("The price on the invoice is higher than quoted.", DISPUTE),
    ("Where do I send the payment?", DETAILS),
    ("What are your bank details?", DETAILS),
    ("I never got the invoice, please resend.", NOT_RECEIVED),
    ("Bitte schicken Sie mir keine E-Mails mehr.", STOP),
    ("Ich möchte keine Mahnungen mehr per E-Mail erhalten.", STOP),
    ("Bitte streichen Sie uns aus Ihrem Verteiler.", STOP),
    ("Können wir in zwei Raten zahlen?", PLAN),
    ("Wir bitten um einen Zahlungsaufschub bis Ende Januar.", PLAN),
    ("Ist eine Teilzahlung möglich?", PLAN),
    ("Die Rechnung wurde am 30.11. beglichen.", PAID),
    ("Wir haben gestern überwiesen.", PAID),
    ("Wir zahlen am Freitag.", PROMISE),
    ("Die Überweisung geht nächste Woche raus.", PROMISE),
    ("Wir begleichen die Rechnung bis zum 15.12.", PROMISE),
    ("Die Rechnung ist falsch, wir haben nur 5 Stück bestellt.", DISPUTE),
    ("Wir erheben Einspruch gegen diese Rechnung.", DISPUTE),
    ("Der Preis entspricht nicht dem Angebot.", DISPUTE),
    ("Wie lautet Ihre IBAN?", DETAILS),
    ("Wir haben keine Rechnung bekommen.", NOT_RECEIVED),
    ("Stop kirim email ke saya.", STOP),
    ("Saya tidak ingin dihubungi lagi.", STOP),
    ("Mohon keluarkan email saya dari daftar.", STOP),
    ("Boleh dicicil 3 bulan?", PLAN),
    ("Apakah bisa bayar setengah dulu?", PLAN),
    ("Mohon keringanan waktu pembayaran.", PLAN),
    ("Sudah saya transfer tadi pagi.", PAID),
    ("Invoice sudah lunas tanggal 30 November.", PAID),
    ("Sudah dibayar ya bu.", PAID),
    ("Kami bayar hari Jumat.", PROMISE),
    ("Pembayaran akan kami lakukan tanggal 10 Desember.", PROMISE),
    ("Insya Allah minggu depan kami transfer.", PROMISE),
    ("Tagihannya salah, kami hanya pesan 5 unit.", DISPUTE),
    ("Harga di invoice tidak sesuai penawaran.", DISPUTE),
    ("Rekening untuk transfer apa ya?", DETAILS),
    ("Invoice belum kami terima.", NOT_RECEIVED),
    ("Больше не присылайте нам писем.", STOP),
    ("Исключите меня из рассылки.", STOP),
    ("Просим прекратить направлять нам напоминания.", STOP),
    ("Можно оплатить в рассрочку?", PLAN),
    ("Просим разбить оплату на два платежа.", PLAN),
    ("Нельзя ли перенести срок оплаты на январь?", PLAN),
    ("Оплачено вчера.", PAID),
    ("Деньги перевели 30 ноября.", PAID),
    ("Платёж отправлен сегодня утром.", PAID),
    ("Переведём деньги до конца недели.", PROMISE),
    ("Оплата будет 10 декабря.", PROMISE),
    ("Заплатим в понедельник.", PROMISE),
    ("Сумма в счёте завышена.", DISPUTE),
    ("Мы не заказывали эти услуги.", DISPUTE),
    ("Выставлен повторный счёт за ту же поставку.", DISPUTE),
    ("Какие у вас реквизиты?", DETAILS),
    ("Счёт не получали, отправьте повторно.", NOT_RECEIVED),
]


@pytest.mark.parametrize(("text", "intent"), SECOND)
def test_a_second_batch_of_unseen_phrasings_is_read(text, intent):
    got, _ = sure(text)
    assert got == intent, reading(text).reason


# a third batch, longer and more informal, measured before any change for it (40 of 53
# right; English the weakest: "we've now paid", "funds should land", "half now and the
# rest in January"); the misses were added to the tables as general phrasings
THIRD = [
    (("Hi Jane, just a quick note that we've now paid INV-3011 in full. It left our "
      "account this morning and should show up within 1-2 business days. Thanks for your "
      "patience."), PAID),
    ("We've cleared the balance.", PAID),
    ("Remittance is attached for last week's payment.", PAID),
    ("Funds should land on Thursday the 10th.", PROMISE),
    ("Our finance team has approved it for payment on the 12th.", PROMISE),
    ("We'll get this paid by end of next week.", PROMISE),
    ("I can do half now and the rest in January if that works?", PLAN),
    ("Any chance of a 30-day extension?", PLAN),
    ("The invoice lists 40 hours but we only signed off on 32.", DISPUTE),
    ("We returned those items last month, so we shouldn't be charged for them.", DISPUTE),
    ("Please take us off your reminder list, we have moved to another supplier.", STOP),
    ("We're not interested in further correspondence.", STOP),
    ("Could you resend the invoice? The link has expired.", NOT_RECEIVED),
    ("Which account should the money go to?", DETAILS),
    ("Wir haben heute den offenen Betrag überwiesen.", PAID),
    ("Die Rechnung ist bereits ausgeglichen.", PAID),
    ("Zahlung ist raus.", PAID),
    ("Wir werden den Betrag Anfang nächster Woche begleichen.", PROMISE),
    ("Die Überweisung ist für den 12.12. eingeplant.", PROMISE),
    ("Könnten wir die Summe auf drei Monate verteilen?", PLAN),
    ("Wir bitten um Verlängerung des Zahlungsziels um 14 Tage.", PLAN),
    ("Die Position 3 wurde doppelt berechnet.", DISPUTE),
    ("Die Lieferung war unvollständig, deshalb zahlen wir erst nach Nachlieferung.", DISPUTE),
    ("Bitte stellen Sie die Zusendung von Mahnungen ein.", STOP),
    ("Ich untersage Ihnen jede weitere Kontaktaufnahme.", STOP),
    ("Können Sie uns die Rechnung nochmals zusenden?", NOT_RECEIVED),
    ("Bitte nennen Sie uns Ihre Bankverbindung.", DETAILS),
    ("Pembayaran sudah kami transfer pagi ini, bukti terlampir.", PAID),
    ("Udah ditransfer kemarin ya mbak.", PAID),
    ("Tagihan sudah kami lunasi minggu lalu.", PAID),
    ("Kami usahakan bayar akhir bulan ini.", PROMISE),
    ("Pembayaran dijadwalkan tanggal 12 Desember.", PROMISE),
    ("Mohon izin kami bayar bertahap ya.", PLAN),
    ("Bisa minta tambahan waktu dua minggu?", PLAN),
    ("Jumlah unit di invoice tidak sesuai dengan surat jalan.", DISPUTE),
    ("Barang yang dikirim rusak, kami komplain.", DISPUTE),
    ("Tolong jangan email saya lagi.", STOP),
    ("Berhenti kirim pengingat ke alamat ini.", STOP),
    ("Invoice-nya tidak ada di lampiran, bisa kirim ulang?", NOT_RECEIVED),
    ("Nomor rekeningnya berapa ya?", DETAILS),
    ("Оплату произвели сегодня, платёжка во вложении.", PAID),
    ("Счёт оплачен полностью.", PAID),
    ("Перечислили всю сумму 30.11.", PAID),
    ("Оплатим до конца месяца.", PROMISE),
    ("Бухгалтерия проведёт платёж 10 декабря.", PROMISE),
    ("Просим рассмотреть возможность оплаты в рассрочку.", PLAN),
    ("Можно ли перенести оплату на следующий месяц?", PLAN),
    ("В счёте указана неверная цена.", DISPUTE),
    ("Товар пришёл с браком, оплачивать не будем до замены.", DISPUTE),
    ("Прошу удалить мой адрес из вашей базы.", STOP),
    ("Перестаньте нам писать.", STOP),
    ("Пришлите счёт ещё раз, пожалуйста.", NOT_RECEIVED),
    ("Подскажите реквизиты для оплаты.", DETAILS),
]


@pytest.mark.parametrize(("text", "intent"), THIRD)
def test_a_third_batch_of_unseen_phrasings_is_read(text, intent):
    got, _ = sure(text)
    assert got == intent, reading(text).reason


# a fourth batch: colloquial German, Indonesian and Russian, and replies with nothing to
# act on (a question, a condition, a forward, a new address), measured before any change
# for it: 33 of 38 right ("Mohon untuk tidak mengirim email lagi" was read as a request to
# resend)
FOURTH = [
    ("Hab's grad überwiesen.", PAID),
    ("Betrag ist heute raus.", PAID),
    ("Wir überweisen den Rest am Monatsende.", PROMISE),
    ("Zahlung kommt bis Mittwoch.", PROMISE),
    ("Wir würden gern in vier Raten zahlen.", PLAN),
    ("Die Rechnung enthält Leistungen, die wir nie beauftragt haben.", DISPUTE),
    ("Bitte keine Erinnerungen mehr.", STOP),
    ("Wir möchten von Ihnen keine E-Mails mehr bekommen.", STOP),
    ("Sdh tf ya bu, cek aja.", PAID),
    ("Dananya sudah kami kirim tadi siang.", PAID),
    ("Nanti tanggal 10 kami lunasi.", PROMISE),
    ("Besok pagi kami transfer.", PROMISE),
    ("Boleh bayar setengah dulu, sisanya bulan depan?", PLAN),
    ("Kami tidak pernah pesan barang ini.", DISPUTE),
    ("Mohon untuk tidak mengirim email lagi ke saya.", STOP),
    ("Saya sudah tidak bekerja di perusahaan ini, mohon hapus alamat email saya.", STOP),
    ("Оплату отправили, ждите.", PAID),
    ("Платёж провели вчера вечером.", PAID),
    ("Оплатим на следующей неделе, в среду.", PROMISE),
    ("Переведём остаток 20 декабря.", PROMISE),
    ("Готовы платить частями по 10 000 в месяц.", PLAN),
    ("Услуги оказаны не в полном объёме, сумму оспариваем.", DISPUTE),
    ("Больше не беспокойте меня по этому вопросу.", STOP),
    ("Я здесь больше не работаю, удалите мой адрес из рассылки.", STOP),
]


@pytest.mark.parametrize(("text", "intent"), FOURTH)
def test_a_fourth_batch_of_unseen_phrasings_is_read(text, intent):
    got, _ = sure(text)
    assert got == intent, reading(text).reason


@pytest.mark.parametrize("text", [
    "Haben Sie unsere Zahlung vom 28.11. schon gesehen?",
    "Wenn die Rechnung korrekt ist, zahlen wir.",
    "Wir haben die Rechnung an die Buchhaltung weitergeleitet.",
    "Bitte schicken Sie Rechnungen künftig an rechnung@firma.example.",
    "Sudah diterima belum ya transferan kami?",
    "Kalau sudah jatuh tempo, kami bayar.",
    "Invoicenya sudah kami teruskan ke bagian keuangan.",
    "Дошли ли деньги?",
    "Если счёт верный, оплатим.",
    "Счёт передали в бухгалтерию.",
    "Пожалуйста, присылайте счета на адрес buh@firma.example.",
    "I've forwarded your reminder to our AP team.",
    "Please send future invoices to ap@globex.example.",
    "Is the amount on the invoice including VAT?",
])
def test_replies_with_nothing_to_act_on_are_other(text):
    got, _ = sure(text)
    assert got == I.OTHER, reading(text).reason


@pytest.mark.parametrize("text", [
    "Please don't stop the service, we are just waiting for approval.",
    "We will not stop paying you, we just need a week.",
    "Can you remove the late fee from the invoice?",
    "Please take the shipping costs off the invoice.",
    "Did the payment go through on your side?",
    "Has our transfer arrived yet?",
    "Can you confirm you got the wire?",
    "We haven't sent the payment yet.",
    "The payment was not made because the invoice was missing a PO number.",
    "Payment will be sent once we receive the corrected invoice.",
    "If the payment was made twice, please refund one.",
    "We would have paid on Friday but the bank was closed.",
    "Our CFO asked whether we should stop paying suppliers in December; that does not affect you.",
    "Could you send the invoice to accounts@globex.example instead of me?",
    "Please stop by our office on Friday to pick up the cheque.",
    "I'm not the right person to contact about invoices, please write to finance@globex.example.",
    "Who should we contact about the payment?",
    "Wir haben noch nicht überwiesen.",
    "Ist die Zahlung schon bei Ihnen angekommen?",
    "Bitte senden Sie die Rechnung nicht mehr an mich, sondern an buchhaltung@firma.example.",
    "Wir können leider nicht am Freitag zahlen.",
    "Haben Sie unsere Überweisung erhalten?",
    "Falls die Zahlung schon erfolgt ist, melden wir uns.",
    "Apakah dana kami sudah masuk?",
    "Kami belum transfer, masih menunggu persetujuan direktur.",
    "Jangan lupa kirim faktur pajaknya ya.",
    "Kami tidak bisa bayar hari Jumat.",
    "Деньги ещё не отправили.",
    "Вы получили наш платёж?",
    "Не забудьте прислать акт сверки.",
    "Оплатить в пятницу не получится.",
    "Если оплата уже прошла, сообщите, пожалуйста.",
    "Пожалуйста, пишите мне на новый адрес, а не на старый.",
    'Your reminder said "if you have already paid, please ignore this", but we have not paid.',
    'We were told "payment sent" by our bank but I cannot see it on the statement.',
])
def test_hard_negatives_are_never_a_confident_stop_paid_claim_or_promise(text):
    """What the bot would act on (or tell staff was paid) must not come from these:
    questions, negations, counterfactuals, requests to change the invoice or the address,
    quoted words (measured before the change for them: 2 of 35 were read as paid claims)."""
    got, _ = sure(text)
    assert got not in (STOP, PAID, PROMISE), reading(text).reason


@pytest.mark.parametrize("text", [
    # negated or reported stop requests
    "I did not ask you to stop.",
    "Nobody asked you to stop emailing us, we just need the invoice.",
    "Ich habe nicht gesagt, dass Sie uns nicht mehr kontaktieren sollen.",
    "Saya tidak minta berhenti dikirimi email.",
    "Я не просил прекратить рассылку.",
    'My assistant wrote "please stop emailing me" by mistake, please ignore that.',
    "Unser Praktikant schrieb „Bitte kontaktieren Sie mich nicht mehr“ – ein Versehen.",
    "Коллега по ошибке написал «не пишите нам больше», не обращайте внимания.",
    'Staf kami menulis "jangan hubungi lagi", itu salah, silakan tetap kirim.',
])
def test_a_negated_or_quoted_stop_is_not_a_stop(text):
    assert reading(text).intent != STOP


@pytest.mark.parametrize("text", [
    "I don't owe you anything so stop emailing me.",
    "We never agreed to this so please stop contacting us.",
    "Kami tidak punya utang jadi jangan hubungi lagi.",
    "Мы ничего не должны, так что больше не пишите нам.",
])
def test_a_negation_about_something_else_does_not_undo_a_stop(text):
    assert sure(text)[0] == STOP, reading(text).reason


@pytest.mark.parametrize("text", [
    'The subject said "payment sent" but that was the old invoice; INV-3019 is still open.',
    "Wir haben „bereits bezahlt“ nicht geschrieben.",
    "В теме письма стояло «оплачено», но это про прошлый счёт.",
])
def test_quoted_payment_words_are_not_a_paid_claim(text):
    assert reading(text).intent != PAID


@pytest.mark.parametrize("text", [
    "Did you receive my payment?",
    "Have you received the transfer yet?",
    "Ist unsere Zahlung schon bei Ihnen eingegangen?",
    "Apakah transfer kami sudah masuk?",
    "Получили ли вы нашу оплату?",
])
def test_asking_whether_a_payment_arrived_is_a_question_not_a_paid_claim(text):
    r = reading(text)
    assert r.intent != PAID
    assert "question" in r.reason


@pytest.mark.parametrize("text", [
    "We won't be able to pay by Friday.",
    "Wir werden nicht vor Januar zahlen können.",
    "Kami tidak akan bisa bayar minggu ini.",
    "Оплатить в эту пятницу не сможем.",
])
def test_a_negated_promise_is_not_a_promise(text):
    got, _ = sure(text)
    assert got != PROMISE


def mail(body: str, subject: str) -> bytes:
    lines = ["From: Dana <dana@client.test>", f"To: {BOT}", f"Subject: {subject}",
             "Date: Tue, 01 Dec 2026 10:00:00 +0000", "Message-ID: <r1@client.test>",
             "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
             "Content-Transfer-Encoding: 8bit", f"In-Reply-To: {THREAD}",
             f"References: {THREAD}"]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def test_quoted_payment_talk_does_not_count_and_the_new_words_name_their_invoice():
    body = ("Thanks. But INV-3019 is not what we ordered: the order was cancelled.\n\n"
            "On Mon, 30 Nov 2026 at 09:00, Acme <ar@acme.test> wrote:\n"
            "> Thank you, we received your payment for INV-3018. We paid in full.\n")
    c = classify(parse_message(mail(body, "Re: Thank you for your payment - INV-3018")), CTX)
    assert c.intent == DISPUTE
    assert c.invoice_numbers == ("INV-3019",)


def test_a_quoted_stop_in_the_history_does_not_stop():
    body = ("We paid it on Friday, see attached.\n\n"
            "On Mon, 30 Nov 2026 at 09:00, Dana <dana@client.test> wrote:\n"
            "> Please stop emailing me.\n")
    c = classify(parse_message(mail(body, "Re: Invoice INV-3018")), CTX)
    assert c.intent == PAID


@pytest.mark.parametrize(("text", "words"), [
    ("Bitte kontaktieren Sie mich nicht mehr per E-Mail.", "kontaktieren sie mich nicht mehr"),
    ("Could we split this into three payments?", "split this into three payments"),
    ("Оплатим в пятницу.", "оплатим"),
])
def test_every_reading_names_its_rule_and_words(text, words):
    r = reading(text)
    assert words in r.reason
    rule = r.reason.split("[")[1].split("]")[0]
    assert rule in RULES  # a rule id of the language tables


def test_a_partial_promise_with_a_date_is_a_promise_and_says_so():
    r = reading("The remaining balance will be paid on December 18th.")
    assert (r.intent, r.promised_date) == (PROMISE, date(2026, 12, 18))
    assert "part" in r.reason


@pytest.mark.parametrize(("body", "subject"), [
    ("Paid.", "Re: Invoice INV-3018"),
    ("Bezahlt.", "AW: Rechnung RE-2026-77"),
    ("done, transferred yesterday", "Re: Invoice INV-3018"),
])
def test_a_reply_of_a_word_or_two_in_a_payment_thread_is_a_paid_claim(body, subject):
    c = classify(parse_message(mail(body, subject)), CTX)
    assert c.intent == PAID
    assert "[" in c.reason  # the rule that decided

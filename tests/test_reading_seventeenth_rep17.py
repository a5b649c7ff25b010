"""Client replies and staff mail of the seventeenth blind round's kinds of miss, written
anew: a promise that waits for a committee's or board's acceptance ("will be paid once the
board has signed off ..., provided it is approved payment will follow by ..."), a promise
beside a question a person must answer, and staff writing to the bot in prose about a
payment they received or a promise a client made (recorded for the person who reads the
mail; a command's own grammar is what acts)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from mailbot.domain.values import AuthVerdict, Intent
from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.kinds.client_reply import ACT_THRESHOLD, read
from mailbot.reading.parse import parse_message

MONDAY = date(2027, 3, 1)
BOT = "ar@acme.test"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              known_invoice_numbers=("AC-7781", "AC-7790"),
              known_contacts=frozenset({"ap@shop.example"}))


def reading(text: str, language: str):
    return read(text, MONDAY, language, datetime(2027, 3, 1, 10, tzinfo=UTC))


def staff(body: str, subject: str = "AC-7781", sender: str = "Kim Lee <kim.lee@acme.test>",
          when: datetime = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = "<staff-17@acme.test>"
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX, AuthVerdict(True)))


# ------------------------------------------------------------- conditional promises (en/36)
def test_a_promise_once_a_board_has_accepted_is_conditional_on_the_later_day() -> None:
    r = reading("The trustees have asked me to say the invoice will be paid once the Finance "
                "Board has approved the final account at its meeting on 8 March. Provided it is "
                "approved, payment will follow by 15 March at the latest.", "en")
    assert r.intent == Intent.PROMISE
    assert r.confidence < ACT_THRESHOLD, r.reason
    assert r.promised_date == date(2027, 3, 15)


def test_a_promise_settled_once_signed_off_is_not_acted_on() -> None:
    r = reading("Your invoice will be settled once the project manager has signed off the "
                "snagging list on 10 March.", "en")
    assert r.confidence < ACT_THRESHOLD, r.reason


def test_a_plain_dated_promise_still_acts() -> None:
    r = reading("The invoice will be paid on 12 March, once again apologies for the delay.", "en")
    assert r.intent == Intent.PROMISE
    assert r.confidence >= ACT_THRESHOLD, r.reason
    assert r.promised_date == date(2027, 3, 12)


# ------------------------------------------------------------ promise and a question (en/39)
def test_a_promise_beside_a_question_goes_to_a_person_with_its_day() -> None:
    r = reading("7781 is booked for our March 12 payment run, so the money should reach you "
                "soon after.\n\nA different question about AC-7790: is the amount net of the "
                "retention, or do we need to hold 5% back ourselves?", "en")
    assert r.intent == Intent.OTHER, r.reason
    assert r.promised_date == date(2027, 3, 12)


def test_a_promise_ending_with_a_courtesy_question_still_acts() -> None:
    r = reading("The invoice will be paid on 12 March. Is that OK?", "en")
    assert r.intent == Intent.PROMISE
    assert r.confidence >= ACT_THRESHOLD, r.reason


# ---------------------------------------------------------------- staff prose: mark paid
def test_staff_prose_of_a_cheque_received_records_its_sum_and_day() -> None:
    r = staff("Shop Ltd paid AC-7781 in full by cheque, £2,340.00 - banked on Friday "
              "(26 Feb). Please mark it paid.\n\nKim", sender="Kim Lee <kim.lee@acme.test>")
    assert r["kind"] == "staff_command"
    assert (r["amount"], r["currency"], r["payment_date"]) == ("2340.00", "GBP", "2027-02-26")


def test_staff_prose_in_german_records_the_sum_and_day_received() -> None:
    r = staff("Bitte AC-7781 als bezahlt buchen: 12.480,00 € sind am 25.02. auf dem "
              "Sparkassen-Konto eingegangen.\n\nGruß Kim")
    assert (r["amount"], r["currency"], r["payment_date"]) == ("12480.00", "EUR", "2027-02-25")


def test_staff_prose_in_indonesian_records_the_sum_and_day_received() -> None:
    r = staff("Mohon tandai AC-7781 sudah lunas. Dana Rp 18.500.000 masuk ke rekening "
              "Mandiri tanggal 26/02/2027.\n\nSalam, Kim")
    assert (r["amount"], r["currency"], r["payment_date"]) == ("18500000.00", "IDR", "2027-02-26")


def test_staff_prose_in_russian_records_the_sum_and_day_received() -> None:
    r = staff("Счёт AC-7781 отметить как оплаченный: 540 000,00 руб. поступили 26.02.2027 "
              "на расчётный счёт.\n\nК. Ли")
    assert (r["amount"], r["currency"], r["payment_date"]) == ("540000.00", "RUB", "2027-02-26")


# ------------------------------------------------------------ staff prose: a client's promise
def test_staff_prose_of_a_clients_promise_records_the_promised_day() -> None:
    r = staff("Please hold reminders on Shop Ltd (AC-7781) until 15 March. Their MD called "
              "and has promised payment in full on Wednesday 10 March.\n\nKim")
    assert r["promised_date"] == "2027-03-10"
    assert r["amount"] is None


def test_staff_prose_of_a_promise_in_russian_and_indonesian() -> None:
    ru = staff("Клиент обещал оплатить AC-7781 до 12.03.2027. До этой даты напоминания не "
               "отправлять.\n\nК.")
    idn = staff("Pak Budi janji bayar AC-7781 tanggal 12 Maret. Tolong stop reminder sampai "
                "tanggal itu.\n\nKim")
    assert ru["promised_date"] == "2027-03-12"
    assert idn["promised_date"] == "2027-03-12"


def test_a_reply_naming_the_threads_invoice_by_its_serial_keeps_it_beside_another() -> None:
    msg = EmailMessage()
    msg["From"] = "ap@shop.example"
    msg["To"] = BOT
    msg["Subject"] = "RE: Invoice AC-7781 - payment reminder"
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<reply-17@shop.example>"
    msg.set_content("7781 goes out in our payment run on 12 March.\n\nOn the other one "
                    "(AC-7790) we are still waiting for the signed timesheets.\n")
    r = as_record(classify(parse_message(msg.as_bytes()), CTX))
    assert r["invoice_numbers"] == ["AC-7781", "AC-7790"]


def test_staff_prose_takes_the_day_received_not_another_day_it_mentions() -> None:
    r = staff("Bitte AC-7781 als bezahlt buchen: 9.100,00 € sind am 24.02. eingegangen, im "
              "Verwendungszweck stand nur „Rechnung vom 12.01.“.\n\nKim")
    assert r["payment_date"] == "2027-02-24"


def test_staff_prose_with_two_sums_records_none() -> None:
    r = staff("Shop Ltd paid AC-7781 in full: £2,340.00 by cheque and £100.00 in cash, banked "
              "on 26 Feb. Please mark it paid.\n\nKim")
    assert r["amount"] is None
    assert r["payment_date"] == "2027-02-26"


# ------------------------------------------------------- paid in a run that already went out
def test_money_that_went_out_in_last_fridays_run_is_a_paid_claim_with_its_day() -> None:
    r = reading("Hi, this was paid on Friday's supplier run (26/02) so it should reach you "
                "Tuesday.", "en")
    assert r.intent == Intent.PAID_CLAIM, r.reason
    assert r.paid_on == date(2027, 2, 26)


def test_a_run_still_ahead_is_a_promise() -> None:
    r = reading("This is in Friday's payment run (5 March).", "en")
    assert r.intent == Intent.PROMISE, r.reason


# ------------------------------------------------ their bank details again, not the invoice
def test_asking_to_resend_their_bank_details_is_payment_details() -> None:
    r = reading("hi, our new accounts package lost every supplier's bank details. can you resend "
                "yours (sort code and account no) on headed paper? then 7781 gets paid.", "en")
    assert r.intent == Intent.PAYMENT_DETAILS, r.reason


def test_asking_to_resend_the_invoice_is_still_not_received() -> None:
    r = reading("Could you resend the invoice please, we can't find it.", "en")
    assert r.intent == Intent.NOT_RECEIVED, r.reason


def test_asking_for_a_local_account_because_the_bank_charges_fees_is_payment_details() -> None:
    r = reading("Bitte teilen Sie uns Ihre Schweizer Bankverbindung (IBAN und Kontoinhaber) mit. "
                "Unsere Bank verrechnet für Zahlungen ins Ausland hohe Gebühren, daher zahlen "
                "wir nur auf Konten im Inland.", "de")
    assert r.intent == Intent.PAYMENT_DETAILS, r.reason


def test_an_amount_charged_wrongly_is_still_a_dispute() -> None:
    r = reading("Sie haben uns die Montage doppelt verrechnet, bitte korrigieren.", "de")
    assert r.intent == Intent.DISPUTE, r.reason


# ------------------------------------------------- a French reply: part paid, rest contested
def test_a_french_reply_paying_part_and_contesting_the_rest_is_a_dispute() -> None:
    r = reading("Nous avons réglé EUR 4'200.– le 24 février par virement. Le solde de EUR 310.50 "
                "correspond à des heures de régie que nous contestons.\n\nMerci de nous établir "
                "une note de crédit pour ce montant.", "fr")
    assert r.intent == Intent.DISPUTE, r.reason


# ------------------------------------------ a phone-typed line ending without a full stop
def test_a_phone_typed_promise_above_a_blank_line_and_the_quote_header_is_read() -> None:
    msg = EmailMessage()
    msg["From"] = "ap@shop.example"
    msg["To"] = BOT
    msg["Subject"] = "Re: Invoice AC-7781"
    # Saturday 06:10 in Jakarta is still Friday in UTC: "bsk" is the Sunday
    msg["Date"] = "Sat, 27 Feb 2027 06:10:00 +0700"
    msg["Message-ID"] = "<reply-17b@shop.example>"
    msg.set_content("siang bu, maaf telat bls. bsk sy transfer ya bu, yg 4,2jt. trims\n\n"
                    "Pada Kam, 25 Feb 2027 pukul 09.00 Acme AR <ar@acme.test> menulis:\n\n"
                    "> Invoice AC-7781 sebesar Rp 4.200.000 belum kami terima pembayarannya.\n")
    r = as_record(classify(parse_message(msg.as_bytes()), CTX))
    assert r["intent"] == "promise", r["reason"]
    assert r["promised_date"] == "2027-02-28"


# ------------------------------------------------------------- dates of promises, moved
def test_a_phone_typed_promise_for_the_end_of_next_week() -> None:
    r = reading("hi sorry its waiting on our fd, shld be paid end of next week ta", "en")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 12)


def test_a_german_promise_moved_to_a_payment_run_takes_the_new_day() -> None:
    r = reading("Leider können wir die Rechnung nicht wie zugesagt am 05.03. bezahlen. Sie ist "
                "nun für den Zahllauf am 19.03. vorgesehen.", "de")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 19)


def test_a_russian_promise_moved_by_the_treasury_takes_the_new_day() -> None:
    r = reading("Оплата 03.03, как договаривались, не пройдет — бухгалтерия перенесла платеж "
                "на 10.03. Извините.", "ru")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 10)


# ------------------------------------------------ a paid claim with a 1C payment-order file
def test_a_paid_claim_attaching_a_1c_payment_order_export_names_its_sum() -> None:
    msg = EmailMessage()
    msg["From"] = "ap@shop.example"
    msg["To"] = BOT
    msg["Subject"] = "RE: Счет AC-7781"
    msg["Date"] = format_datetime(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<reply-17c@shop.example>"
    msg.set_content("Добрый день!\n\nСчет AC-7781 оплачен платежным поручением № 812 от "
                    "26.02.2027. Выгрузку прилагаю.\n\nС уважением, бухгалтерия\n")
    export = ("1CClientBankExchange\r\nВерсияФормата=1.03\r\nКодировка=Windows\r\n"
              "СекцияДокумент=Платежное поручение\r\nНомер=812\r\nДата=26.02.2027\r\n"
              "Сумма=918400.00\r\nНазначениеПлатежа=Оплата по счету AC-7781. В т.ч. НДС 22% "
              "165612.46\r\nКонецДокумента\r\nКонецФайла\r\n")
    msg.add_attachment(export.encode("cp1251"), maintype="text", subtype="plain",
                       filename="pp812.txt", params={"charset": "windows-1251"})
    r = as_record(classify(parse_message(msg.as_bytes()), CTX))
    assert r["intent"] == "paid_claim", r["reason"]
    assert (r["amount"], r["currency"]) == ("918400.00", "RUB")


# ------------------------------------------- a part paid, instalments asked for the rest
def test_a_part_paid_and_instalments_asked_names_the_part_and_its_day() -> None:
    r = reading("Untuk invoice 7781 sudah kami bayar sebagian Rp 5.000.000 tgl 24/02 lalu. "
                "Untuk sisanya Rp 7.400.000 mohon keringanan, apakah bisa dicicil 2x di bulan "
                "Maret dan April?", "id")
    assert r.intent == Intent.PLAN_REQUEST, r.reason
    assert r.money is not None
    assert r.money.amount == 5_000_000
    assert r.paid_on == date(2027, 2, 24)


# --------------------------------------------- two halves proposed; an administrator's stop
def test_a_proposal_to_pay_part_now_and_the_rest_later_is_a_plan() -> None:
    r = reading("We cannot pay the full EUR 12.400 at once. Our proposal is to pay EUR 6.200 "
                "now (in March) and the remaining EUR 6.200 at the end of May. Can you agree "
                "to this?", "en")
    assert r.intent == Intent.PLAN_REQUEST, r.reason


def test_an_administrator_asking_that_reminders_to_the_company_cease_is_a_stop() -> None:
    r = reading("Shop Ltd entered administration on 20 February 2027. Please do not contact the "
                "company or its directors about sums owed; claims should be sent to us. Further "
                "automated reminders to the company should cease.", "en")
    assert r.intent == Intent.STOP, r.reason

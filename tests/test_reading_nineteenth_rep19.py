"""Client replies of the nineteenth blind round's kinds of miss, written anew: "we'll tell
you when we can pay" asks the day, promises none; the writer's own earlier promise told
again ("I wrote yesterday that we'd pay on the 27th") is no new one; one invoice said paid
and another promised for a day is a promise with both days, for a person; an invoice
received and being checked is a receipt, nothing for a person."""

from __future__ import annotations

from datetime import UTC, date, datetime

from mailbot.domain.values import Intent
from mailbot.reading.kinds.client_reply import ACT_THRESHOLD, read, short_receipt

MONDAY = date(2027, 3, 1)


def reading(text: str, language: str, day: date = MONDAY):
    return read(text, day, language, datetime(day.year, day.month, day.day, 10, tzinfo=UTC))


# ------------------------------------- "we'll tell you when we can pay" (id/15)
def test_telling_later_when_it_can_be_paid_is_no_promise_in_indonesian() -> None:
    r = reading("Mohon maaf Pak, bulan ini kami belum sanggup membayar karena dana proyek "
                "tertahan. Nanti saya informasikan kapan bisa dibayar.", "id")
    assert r.intent != Intent.PROMISE, r.reason


def test_telling_later_when_we_will_pay_is_no_promise_in_german() -> None:
    r = reading("Wir teilen Ihnen mit, wann wir zahlen werden.", "de")
    assert r.intent != Intent.PROMISE, r.reason


def test_a_plain_indonesian_promise_with_a_day_stands() -> None:
    r = reading("Invoice AC-7781 akan kami bayar hari Jumat tanggal 5 Maret.", "id")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 5)
    assert r.confidence >= ACT_THRESHOLD


def test_asking_when_a_day_is_paid_is_still_no_promise_with_kapan() -> None:
    r = reading("Kami kabari lagi kapan pembayaran akan dilakukan, kemungkinan tanggal 10.", "id")
    assert not (r.intent == Intent.PROMISE and r.confidence >= ACT_THRESHOLD), r.reason


# ------------------------------------- an earlier promise told again and withdrawn (ru/14)
def test_an_earlier_promise_told_again_and_withdrawn_is_none_in_russian() -> None:
    r = reading("Позавчера я писала, что переведём деньги в пятницу, — увы, не выйдет: банк "
                "заблокировал счёт. О новом сроке сообщу отдельно.", "ru")
    assert r.intent != Intent.PROMISE, r.reason


def test_an_earlier_promise_told_again_and_withdrawn_is_none_in_indonesian() -> None:
    r = reading("Kemarin saya tulis bahwa akan kami bayar hari Jumat, ternyata tidak bisa karena "
                "rekening kami diblokir. Tanggal barunya saya kabari lagi.", "id")
    assert r.intent != Intent.PROMISE, r.reason


def test_a_russian_promise_with_a_day_stands() -> None:
    r = reading("Счёт AC-7781 переведём в пятницу, 5 марта.", "ru")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 5)


def test_a_new_russian_day_after_a_withdrawn_one_is_not_taken_for_a_firm_promise() -> None:
    r = reading("Я писал, что оплатим в пятницу, но не получится. Оплатим 10 марта.", "ru")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 10)


def test_a_promise_said_again_as_before_or_relayed_stands() -> None:
    for text, language in (("Как я писал, оплатим в пятницу, 5 марта.", "ru"),
                           ("Директор сказал, что оплатим в пятницу, 5 марта.", "ru"),
                           ("As I wrote, we will pay on Friday 5 March.", "en"),
                           ("Pak Direktur bilang bahwa akan kami bayar tanggal 5 Maret.", "id"),
                           ("Manajer kami menyampaikan bahwa akan kami bayar tanggal 5 Maret.",
                            "id")):
        r = reading(text, language)
        assert r.intent == Intent.PROMISE, (text, r.reason)
        assert r.promised_date == date(2027, 3, 5), text


# ------------------------------------- one invoice paid, another promised (id/22)
def test_one_invoice_paid_and_another_promised_keeps_both_days_for_a_person() -> None:
    r = reading("Invoice 1187 sudah kami transfer tanggal 24/2 kemarin. Untuk invoice 1190 "
                "akan kami bayar tanggal 12 Maret.", "id")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 12)
    assert r.paid_on == date(2027, 2, 24)
    assert r.confidence < ACT_THRESHOLD


def test_one_invoice_paid_and_another_promised_in_english_goes_to_a_person() -> None:
    r = reading("AC-7781 was paid on 24 February. AC-7790 will be paid on Friday 12 March.", "en")
    assert r.intent == Intent.PROMISE, r.reason
    assert r.promised_date == date(2027, 3, 12)
    assert r.confidence < ACT_THRESHOLD


def test_a_paid_claim_beside_a_promise_without_a_day_stays_conflicting() -> None:
    r = reading("Invoice 1187 sudah kami transfer kemarin. Invoice 1190 akan kami bayar segera.",
                "id")
    assert r.intent == Intent.OTHER, r.reason


def test_paid_and_promised_in_one_sentence_stays_conflicting() -> None:
    r = reading("We paid it on 24 February and will pay it on 12 March.", "en")
    assert r.intent == Intent.OTHER, r.reason


# ------------------------------------- received and being checked (id/23)
def test_an_invoice_received_and_being_verified_is_a_receipt() -> None:
    assert short_receipt("Oke, tagihannya sudah kami terima dan sedang diverifikasi. Terima kasih.")
    assert short_receipt("Invoice sudah diterima, sedang dalam proses pengecekan.")


def test_an_invoice_received_and_being_checked_is_a_receipt_in_english() -> None:
    assert short_receipt("We have received the invoice and it is being processed. Thanks.")


def test_received_with_a_promise_or_a_complaint_is_no_bare_receipt() -> None:
    assert not short_receipt("Invoice sudah kami terima dan akan kami bayar tanggal 10.")
    assert not short_receipt("Invoice sudah kami terima tetapi jumlahnya salah.")
    assert not short_receipt("Sudah kami terima dan sedang diverifikasi, tapi nominalnya beda.")

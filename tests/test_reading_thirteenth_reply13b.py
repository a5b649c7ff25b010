"""Client replies in Indonesian and Russian: the kinds of weakness the thirteenth blind set
showed, each as a general rule with examples written here (not the set's messages), with
guards that it does not reach too far. Replies are dated Tuesday 1 December 2026
(tests/test_intents_data.py) unless a test says otherwise."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from mailbot.domain.values import Intent
from mailbot.reading.classify import classify
from mailbot.reading.kinds.client_reply import ACT_THRESHOLD, read
from mailbot.reading.parse import parse_message
from tests.test_intents_data import BOT, CTX, THREAD, reading, sure

I = Intent


def read_on(text: str, day: date):
    return read(text, day, None, datetime(day.year, day.month, day.day, 10, tzinfo=UTC))


# -- a stop asked in the passive: "mohon agar pengiriman email pengingat ... dihentikan" ------

@pytest.mark.parametrize("text", [
    "Mohon pengiriman pengingat tagihan ke email ini dihentikan.",
    "Kami memohon agar kiriman email otomatis soal pembayaran ke alamat kami dihentikan.",
    "Tolong email pengingat otomatis ini distop saja, kami punya jadwal bayar sendiri.",
    "Kami minta agar reminder pembayaran ke alamat ini diberhentikan.",
    "Email tagihan otomatis mohon jangan dikirim lagi ke alamat saya.",
])
def test_an_indonesian_passive_request_to_end_the_mailing_is_a_stop(text):
    assert sure(text)[0] == I.STOP, reading(text).reason


@pytest.mark.parametrize("text", [
    "Pengiriman barang ke gudang kami dihentikan sementara, mohon maaf.",  # goods, not mail
    "Email dari sistem kami sempat dihentikan karena gangguan server.",  # no request
    "Mohon pengiriman pengingat jangan dihentikan, kami perlu untuk kontrol.",  # keep them
])
def test_stopped_goods_a_stopped_server_or_keep_sending_is_no_stop(text):
    assert reading(text).intent != I.STOP, reading(text).reason


# -- "просим исключить адрес buh@... из рассылки": the address taken off the mailing -----------

@pytest.mark.parametrize("text", [
    "Просим исключить адрес ivanova@firma.ru из рассылки напоминаний об оплате.",
    "Уберите, пожалуйста, этот адрес из списка получателей напоминаний.",
    "Прошу вычеркнуть e-mail buh@zavod.ru из списка рассылки.",
    "Исключите наш ящик из вашей рассылки, пожалуйста.",
])
def test_a_russian_request_to_take_the_address_off_the_mailing_is_a_stop(text):
    assert sure(text)[0] == I.STOP, reading(text).reason


@pytest.mark.parametrize("text", [
    "Не исключайте нас из рассылки, нам так удобно.",
    "Удалите, пожалуйста, позицию 3 из счёта.",
    "Исключите НДС из суммы счёта.",
])
def test_keep_us_on_it_or_a_line_taken_off_an_invoice_is_no_stop(text):
    assert reading(text).intent != I.STOP, reading(text).reason


# -- a payment and its day without a verb, often relayed: "Kata Pak Ketua, pembayarannya
# minggu depan" -----------------------------------------------------------------------------

WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(("text", "when"), [
    ("Kata Pak Ketua, pembayarannya minggu depan setelah rapat.", date(2026, 12, 4)),
    ("Menurut bagian keuangan, pelunasan tanggal 10 Desember.", date(2026, 12, 10)),
    ("Pembayarannya hari Jumat ya Pak.", date(2026, 11, 27)),
    ("Transferan tgl 7 ya Bu, sesuai jadwal kantor pusat.", date(2026, 12, 7)),
])
def test_an_indonesian_payment_named_with_its_day_is_a_promise(text, when):
    r = read_on(text, WEDNESDAY)
    assert (r.intent, r.promised_date) == (I.PROMISE, when), r.reason
    assert r.confidence >= ACT_THRESHOLD


@pytest.mark.parametrize(("text", "intent"), [
    ("Pembayaran tanggal 20 November sudah kami lakukan.", I.PAID_CLAIM),
    ("Bukti pembayaran tanggal 20 November terlampir.", I.PAID_CLAIM),
    ("Berikut kami lampirkan rincian pembayaran tanggal 25 November.", I.OTHER),
    ("Jadwal pembayaran kami setiap hari Jumat.", I.OTHER),
])
def test_a_payment_made_or_its_record_is_no_promise(text, intent):
    assert reading(text).intent == intent, reading(text).reason


@pytest.mark.parametrize(("text", "when"), [
    ("Бухгалтерия говорит, оплата на следующей неделе.", date(2026, 12, 4)),
    ("Директор сказал: платёж — в пятницу.", date(2026, 11, 27)),
    ("Перевод завтра, после подписи главного бухгалтера.", date(2026, 11, 26)),
])
def test_a_russian_payment_named_with_its_day_is_a_promise(text, when):
    r = read_on(text, WEDNESDAY)
    assert (r.intent, r.promised_date) == (I.PROMISE, when), r.reason


@pytest.mark.parametrize(("text", "intent"), [
    ("Оплата в пятницу прошла, проверьте.", I.PAID_CLAIM),
    ("Оплата в пятницу не пройдёт, перенесли на 10 декабря.", I.OTHER),
    ("Выписка: оплата в понедельник 50 000 руб.", I.OTHER),
])
def test_a_russian_payment_made_denied_or_on_a_statement_is_no_promise(text, intent):
    assert read_on(text, WEDNESDAY).intent == intent, read_on(text, WEDNESDAY).reason


# -- "tidak dapat kami lakukan hari Jumat ..., akan kami proses tanggal 15": "dapat" before
# paying is "can", not "get"; the old day negated, the new one promised -----------------------

@pytest.mark.parametrize(("text", "when"), [
    (("Mohon maaf, pembayaran invoice ini tidak dapat kami lakukan hari Jumat seperti yang "
      "dijanjikan, karena dana belum cair. Pembayaran akan kami proses paling lambat tanggal 15."),
     date(2026, 12, 15)),
    (("Pelunasan tidak dapat kami bayarkan besok karena SPM belum terbit; pelunasan akan kami "
      "lakukan tanggal 10."), date(2026, 12, 10)),
    ("Tagihan ini tidak dapat dibayar minggu ini. Akan kami transfer tanggal 18 Desember.",
     date(2026, 12, 18)),
])
def test_cannot_pay_on_the_old_day_then_a_new_day_is_a_promise(text, when):
    assert sure(text) == (I.PROMISE, when), reading(text).reason


@pytest.mark.parametrize("text", [
    "Invoice tidak dapat kami buka, mohon dikirim ulang.",
    "Lampiran invoice tidak dapat dibuka.",
    "Kami tidak dapat invoice-nya.",
])
def test_a_document_that_cannot_be_opened_or_was_not_got_is_still_not_received(text):
    assert reading(text).intent == I.NOT_RECEIVED, reading(text).reason


# -- a promise with a day on a condition: the complaint words inside the condition are what
# it waits for, not a dispute ("dengan catatan revisi invoice sudah kami terima") -------------

@pytest.mark.parametrize("text", [
    ("Invoice 0101 akan kami bayarkan tanggal 4 Desember, dengan catatan revisi invoice 0102 "
     "sudah kami terima sebelum tanggal itu."),
    "Kami transfer tanggal 4 Desember, asalkan invoice revisi untuk yang satunya sudah masuk.",
    "Оплатим 4 декабря при условии, что исправленный счёт по второй поставке придёт до этой даты.",
    "We will pay INV-1 on 4 December, provided the corrected invoice for INV-2 reaches us by then.",
])
def test_a_promise_on_a_condition_naming_a_revised_invoice_is_a_promise_for_a_person(text):
    r = reading(text)
    assert (r.intent, r.promised_date) == (I.PROMISE, date(2026, 12, 4)), r.reason
    assert r.confidence < ACT_THRESHOLD  # conditional: a person confirms the day


@pytest.mark.parametrize("text", [
    "Jumlah di invoice salah. Kami bayar tanggal 4 asalkan invoice direvisi.",
    "Mohon revisi invoice dulu, nominalnya tidak sesuai PO. Setelah itu kami bayar.",
])
def test_a_complaint_outside_the_condition_is_still_a_dispute(text):
    assert reading(text).intent == I.DISPUTE, reading(text).reason


# -- "mungkin email dari Bapak tidak masuk" beside a paid claim: a guess why nobody answered,
# no request for a copy ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "amount"), [
    (("Maaf, inbox saya sempat penuh jadi mungkin email Bapak tidak masuk. Invoice 0101 sudah "
      "saya transfer tanggal 20 November sebesar Rp 4.250.000."), Decimal("4250000.00")),
    (("Mohon maaf baru balas, sepertinya pengingat dari Ibu tidak sampai ke kami. Tagihannya "
      "sudah kami bayar Rp 12.500.000 pada 27 November."), Decimal("12500000.00")),
])
def test_a_guess_that_our_mail_was_lost_beside_a_paid_claim_is_a_paid_claim(text, amount):
    r = reading(text)
    assert r.intent == I.PAID_CLAIM, r.reason
    assert r.money is not None
    assert r.money.amount == amount


@pytest.mark.parametrize("text", [
    "Mungkin invoicenya tidak masuk ke email kami, mohon dikirim ulang.",
    "Invoice dari Bapak tidak masuk ke email kami.",
])
def test_an_invoice_that_did_not_arrive_is_still_not_received(text):
    assert reading(text).intent == I.NOT_RECEIVED, reading(text).reason


# -- a part paid and the rest disputed: the amount is the one it says it paid ----------------

@pytest.mark.parametrize(("text", "amount"), [
    (("Перечислили 150 000 руб. по счёту. Остальные 50 000 руб. оплачивать не будем: акт не "
      "подписан, работы не приняты."), Decimal("150000.00")),
    (("01.12 оплатили 80 000,00 руб. Оставшиеся 20 000,00 руб. оплачивать не будем: "
      "претензию по качеству направили вам вчера."), Decimal("80000.00")),
])
def test_a_dispute_beside_a_paid_part_names_the_amount_paid(text, amount):
    r = reading(text)
    assert r.intent == I.DISPUTE, r.reason
    assert r.money is not None
    assert r.money.amount == amount


def test_a_dispute_alone_still_names_the_amount_it_keeps_back():
    r = reading("Оставшуюся сумму (50 000 руб.) оплачивать не будем: протоколы с ошибками.")
    assert r.intent == I.DISPUTE
    assert r.money is not None
    assert r.money.amount == Decimal("50000.00")


# -- our mail forwarded to a colleague at the client, our address only copied: nothing to do -

def forward(body: str, subject: str, to: str = "Hadi <hadi@client.test>",
            cc: str = BOT) -> bytes:
    lines = ["From: Dana <dana@client.test>", f"To: {to}", f"Cc: {cc}", f"Subject: {subject}",
             "Date: Tue, 01 Dec 2026 10:00:00 +0000", "Message-ID: <f1@client.test>",
             "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
             "Content-Transfer-Encoding: 8bit", f"In-Reply-To: {THREAD}",
             f"References: {THREAD}"]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


QUOTED = ("\n\n-----Original Message-----\nFrom: Acme Accounts <ar@acme.test>\n"
          "Sent: Monday, 30 November 2026 09:00\nTo: Dana <dana@client.test>\n"
          "Subject: Reminder: invoice INV-3018\n\nInvoice INV-3018 is due on 2026-12-09.\n")


@pytest.mark.parametrize(("note", "subject"), [
    ("Pak Hadi, tolong diproses ya, dokumennya ada di folder AP.", "FW: Reminder: invoice INV-3018"),
    ("Ирина, добрый день! Поставь, пожалуйста, в реестр на эту неделю, договор у тебя.",
     "Fwd: Reminder: invoice INV-3018"),
    ("Hadi, kannst du das bitte prüfen und freigeben?", "WG: Reminder: invoice INV-3018"),
])
def test_an_internal_forward_with_us_in_cc_needs_nobody(note, subject):
    c = classify(parse_message(forward(note + QUOTED, subject)), CTX)
    assert (c.intent, c.needs_human) == (I.OTHER, False), c.reason
    assert c.invoice_numbers == ("INV-3018",)


@pytest.mark.parametrize(("note", "to", "cc"), [
    # a question whether it was paid: a person looks
    ("Лена, посмотри, пожалуйста, мы разве не платили в ноябре?", "Лена <lena@client.test>", BOT),
    # payment words, even to a colleague: read as usual
    ("Pak Hadi, invoice ini sudah kita transfer kemarin kan?", "Hadi <hadi@client.test>", BOT),
    # written to us, the colleague copied
    ("Tolong cek dokumennya ya.", BOT, "Hadi <hadi@client.test>"),
    # forwarded outside the client's own domain
    ("Pak, tolong dicek ya.", "Konsultan <pajak@other.test>", BOT),
])
def test_a_forward_that_is_not_purely_internal_still_goes_to_a_person(note, to, cc):
    c = classify(parse_message(forward(note + QUOTED, "FW: Reminder: invoice INV-3018", to, cc)),
                 CTX)
    assert c.needs_human, c.reason

"""Machine mail and kinds of the twentieth blind set: examples written here in other
wordings, companies and numbers, not the set's messages.

- a filter's note holding our mail that asks for a reply keeping its own code from its
  subject ("balas email ini dengan tetap mencantumkan kode [CEK-5512] pada subjek",
  "reply keeping [HOLD-7730] in the subject") is a challenge: the code was made for this
  one message, as a token address is; "konfirmasi pengirim" / "sender confirmation" say
  sender verification; a client asking to keep a ticket number in the subject of a reply
  is not one (no verification words);
- a client's withholding-tax slip sent on its own (the subject names it: "Bukti Potong
  PPh 23", "e-Bupot", "Withholding tax certificate", "Справка об удержанном налоге") is
  a tax document for staff, `other` with the invoices it names and the tax withheld, not
  a reply; the same slip attached to a reply to our reminder stays the client's reply;
- an absence note's words for being back wrapped over a line ("I will be back in the\n
  office on Tuesday 3 March") still say the day; "на работу выхожу 10 марта" (the words
  in either order) is back that day, before the "до ... включительно" it also names.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailbot.reading.kinds.auto_reply import return_date
from tests.test_reading_nineteenth_mach19 import OURS, mail, record

# ============================================================== challenges


def test_indonesian_note_asking_a_reply_with_its_subject_code_is_a_challenge():
    body = ("Selamat siang,\n\n"
            "Pesan Anda untuk keuangan@tokosegar.test belum kami teruskan karena alamat\n"
            "Anda belum terdaftar. Silakan balas email ini dengan tetap mencantumkan kode\n"
            "[CEK-5512] pada subjek.\n\n"
            "Subjek asli: Pengingat pembayaran AC-2026-0191\n")
    r = record(mail("[CEK-5512] Konfirmasi pengirim", body,
                    sender="Toko Segar <cek-pengirim@tokosegar.test>"))
    assert r["kind"] == "challenge", r
    assert r["needs_human"] is True
    assert r["challenge"] == "mailto:cek-pengirim@tokosegar.test"
    assert r["original_message_id"] == OURS
    assert r["invoice_numbers"] == ["AC-2026-0191"]


def test_english_note_asking_a_reply_keeping_its_code_is_a_challenge():
    body = ("Hello,\n\nYour message to billing@marlow.test has not been delivered yet.\n"
            "Please reply to this email keeping [HOLD-7730] in the subject line so that\n"
            "your message can be delivered.\n")
    r = record(mail("Sender confirmation [HOLD-7730]", body,
                    sender="Marlow Mail <confirm-sender@marlow.test>"))
    assert r["kind"] == "challenge", r
    assert r["challenge"] == "mailto:confirm-sender@marlow.test"


def test_a_ticket_number_to_keep_in_the_subject_without_verification_is_no_challenge():
    # guard: a helpdesk's request to keep its ticket number asks nobody to prove a sender
    body = ("Hello,\n\nThanks, we logged your question about AC-2026-0191.\n"
            "Please reply to this email keeping [TCK-4410] in the subject line.\n")
    r = record(mail("[TCK-4410] Your request", body, sender="Support <help@client.test>"))
    assert r["kind"] != "challenge", r


def test_a_person_asking_to_confirm_the_sender_without_a_code_stays_a_reply():
    # guard: words about confirming, a reply asked, but no code of the note's own
    body = ("Hi,\n\nbefore we pay AC-2026-0191, please confirm the sender of the new bank\n"
            "details. Reply to this email with the account owner's name.\n\nJo\n")
    r = record(mail("Re: Reminder AC-2026-0191", body))
    assert r["kind"] == "client_reply", r


# ============================================================== a withholding-tax slip


def test_an_indonesian_tax_slip_sent_by_a_client_is_other_for_a_person():
    body = ("Dengan hormat,\n\n"
            "Bersama ini kami lampirkan bukti potong PPh 23 atas pembayaran jasa:\n\n"
            "No. Bukti Potong : 2600771\n"
            "Penghasilan bruto: Rp 24.000.000\n"
            "PPh 23 dipotong  : Rp 480.000\n"
            "Referensi        : AC-2026-0192\n\n"
            "Salam,\nBagian Pajak\n")
    r = record(mail("e-Bupot PPh 23 No. 2600771", body, answers=False))
    assert r["kind"] == "other", r
    assert r["needs_human"] is True
    assert r["invoice_numbers"] == ["AC-2026-0192"]
    assert (r["amount"], r["currency"]) == ("480000.00", "IDR"), r


def test_an_english_withholding_tax_certificate_is_other():
    body = ("Dear team,\n\nPlease find attached our withholding tax certificate for\n"
            "invoice AC-2026-0191.\n\nGross amount: USD 5,000.00\n"
            "Tax withheld (10%): USD 500.00\n\nRegards,\nAP\n")
    r = record(mail("Withholding tax certificate - AC-2026-0191", body, answers=False))
    assert r["kind"] == "other", r
    assert (r["amount"], r["currency"]) == ("500.00", "USD"), r


def test_a_reply_to_our_reminder_with_the_tax_slip_stays_a_reply():
    # guard: answering our reminder, the client tells why less was paid
    body = ("Halo,\n\nsudah kami transfer kemarin setelah dipotong PPh 23, bukti potong\n"
            "terlampir.\n\nTerima kasih\n")
    r = record(mail("Re: Bukti potong PPh 23 AC-2026-0191", body))
    assert r["kind"] == "client_reply", r


def test_a_client_mentioning_a_tax_slip_in_passing_stays_a_reply():
    # guard: the slip is not the mail's subject
    body = ("Halo,\n\nkapan bukti potong PPh 23 bisa kami kirim? Pembayaran AC-2026-0192\n"
            "akan kami transfer hari Jumat.\n")
    r = record(mail("Pembayaran AC-2026-0192", body, answers=False))
    assert r["kind"] == "client_reply", r


# ============================================================== return dates

SENT = datetime(2026, 2, 20, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "back"), [
    (("Thanks for your message. I am on holiday and will be back in the\noffice on "
      "Tuesday 3 March. I will not read mail until then.\n"), date(2026, 3, 3)),
    ("I'm away this week and back at my\ndesk on 2 March.\n", date(2026, 3, 2)),
    ("Я в отпуске до 6 марта включительно, на работу выхожу 10 марта.\n", date(2026, 3, 10)),
    ("Нахожусь в командировке, на работу выйду 4 марта.\n", date(2026, 3, 4)),
])
def test_the_day_back_is_read_across_a_wrap_and_in_either_word_order(text, back):
    assert return_date(text, SENT) == back


def test_a_day_on_the_next_line_after_unrelated_words_is_not_a_return():
    # guard: "until" ends the line and a list of figures follows; no day is named there
    assert return_date("We keep the office open until\n5 staff are back.\n", SENT) is None

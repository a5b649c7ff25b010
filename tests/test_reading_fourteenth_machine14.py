"""Machine mail of the fourteenth blind round, each rule with new examples:

- an absence "from A to B" with a bare day first ("du 3 au 14 mai inclus", "dal 3 al 14
  maggio", "from 3 to 14 May", "de 3 a 14 de maio") ends on B: back the working day after it;
- a Thai absence note: its return words ("จะกลับมาทำงาน", "กลับเข้าทำงาน") and its
  Buddhist-era year (2570 BE = 2027 CE);
- an Indonesian acknowledgement addressed to "Bapak/Ibu" ("email Bapak/Ibu telah kami
  terima") and an office's closure ("kantor kami libur/tutup") are an auto-reply's words;
- qmail's "the message was rejected after DATA" is the after-DATA stage: a bare "user
  unknown" then goes to a person, as Postfix's and Exim's do;
- a greylisting deferral ("4.7.1 Greylisted, try again later") is no policy refusal:
  reason other, nothing said about the address.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from mailbot.reading.classify import as_record, classify
from mailbot.reading.context import Context
from mailbot.reading.kinds.auto_reply import return_date
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              staff_addresses=frozenset({"kim.staff@acme.test"}),
              notifiers=frozenset({"alerts@fjordbank.test"}),
              authserv_ids=frozenset({"mx.acme.test"}),
              known_invoice_numbers=("AC-27-0412", "AC-27-0415"),
              known_message_ids=frozenset({"<ar.1@acme.test>"}),
              known_contacts=frozenset({"ap@client.example"}))
# Monday 3 May 2027, in the sender's zone
MONDAY = datetime(2027, 5, 3, 9, 30, tzinfo=timezone(timedelta(hours=2)))


def mail(body: str, subject: str, *, sender: str = "ap@client.example",
         headers: dict[str, str] | None = None, when: datetime = MONDAY) -> dict[str, object]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = BOT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = "<m-1@client.example>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return as_record(classify(parse_message(msg.as_bytes()), CTX), "t.eml")


# ---------------------------------------------------------------- "from A to B" absences

@pytest.mark.parametrize(("language", "text", "back"), [
    ("fr", "Je suis en congé du 3 au 14 mai inclus, sans accès à mes e-mails.", "2027-05-17"),
    ("fr", "Nous serons absents du 3 au 12/05 et répondrons ensuite.", "2027-05-13"),
    ("it", "Sono fuori ufficio dal 3 al 14 maggio, con accesso limitato alla posta.",
     "2027-05-17"),
    ("en", "I am on annual leave from 3 to 14 May with no access to email.", "2027-05-17"),
    ("pt", "Estarei de férias de 3 a 14 de maio, sem acesso ao e-mail.", "2027-05-17"),
    ("pt", "Fora do escritório de 3 a 12 de maio inclusive.", "2027-05-13"),
])
def test_a_range_with_a_bare_first_day_ends_on_its_second(language: str, text: str,
                                                          back: str) -> None:
    assert str(return_date(text, MONDAY, language)) == back


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Message du service au client."),
    ("pt", "Mensagem de resposta a todos os clientes."),
])
def test_a_range_word_without_dates_is_no_return(language: str, text: str) -> None:
    # "du service au ...", "de resposta a ..." name no day: nothing is read from them
    assert return_date(text, MONDAY, language) is None


# ---------------------------------------------------------------- Thai absence notes

@pytest.mark.parametrize(("text", "back"), [
    (("เรียน ผู้ส่ง\n\nดิฉันลาพักร้อนตั้งแต่วันที่ 3 พฤษภาคม ถึง 12 พฤษภาคม 2570 "
      "และจะกลับมาทำงานในวันพฤหัสบดีที่ 13 พฤษภาคม 2570\n\nขอบคุณค่ะ"), "2027-05-13"),
    ("ผมไม่อยู่ที่สำนักงาน จะกลับเข้าทำงานวันที่ 10 พฤษภาคม 2570 ครับ", "2027-05-10"),
    ("ดิฉันลาพักร้อนถึงวันที่ 7 พฤษภาคม 2570 ค่ะ", "2027-05-10"),
])
def test_a_thai_note_gives_its_return_day(text: str, back: str) -> None:
    got = mail(text, "ตอบกลับอัตโนมัติ: Invoice AC-27-0412",
               headers={"Auto-Submitted": "auto-replied"})
    assert got["kind"] == "auto_reply"
    assert got["return_date"] == back


def test_a_buddhist_era_year_is_the_common_era_year_less_543() -> None:
    # sent in late December 2570 BE: the 4 January named with 2571 is next year's
    december = datetime(2027, 12, 28, 9, 0, tzinfo=timezone(timedelta(hours=7)))
    assert str(return_date("จะกลับมาทำงานวันที่ 4 มกราคม 2571", december, "th")) \
        == "2028-01-04"


# ---------------------------------------------------------------- Indonesian holidays

@pytest.mark.parametrize("body", [
    ("Terima kasih, email Bapak/Ibu telah kami terima.\n\nKantor kami libur akhir tahun "
     "mulai 20 Desember. Kami akan kembali melayani pada hari Senin, 10 Mei 2027.\n\n"
     "(Email ini dikirim secara otomatis)"),
    ("Pesan Bapak/Ibu sudah kami terima dengan baik. Kantor kami tutup sementara "
     "dan akan kembali buka tanggal 10 Mei 2027."),
    ("Terima kasih, surel Bapak/Ibu telah kami terima.\n\nKantor pusat libur panjang mulai "
     "26 April hingga 7 Mei 2027.\n\n(Pesan ini dikirim secara otomatis)"),
    ("Email Bpk/Ibu sudah kami terima. Layanan kami kembali pada hari Senin, 10 Mei 2027.\n"
     "Mohon tidak membalas email ini."),
])
def test_an_indonesian_closure_note_is_an_auto_reply(body: str) -> None:
    got = mail(body, "Re: Invoice AC-27-0412")
    assert got["kind"] == "auto_reply"
    assert got["return_date"] == "2027-05-10"
    assert got["needs_human"] is False


def test_a_person_answering_about_paying_during_a_closure_is_read() -> None:
    body = ("Email Bapak/Ibu sudah kami terima. Kantor kami libur sampai 7 Mei, "
            "pembayaran invoice AC-27-0412 akan kami transfer tanggal 10 Mei 2027.")
    assert mail(body, "Re: Invoice AC-27-0412")["kind"] == "client_reply"


# ---------------------------------------------------------------- bounces

QMAIL = """Hi. This is the qmail-send program at mx.client.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ap@client.example>:
Connected to 198.51.100.7 but the message was rejected after DATA.
Remote host said: {reply}
Giving up on 198.51.100.7.

--- Below this line is a copy of the message.

From: {bot}
To: ap@client.example
Subject: Invoice AC-27-0412 is overdue
Message-ID: <ar.1@acme.test>

Dear client, invoice AC-27-0412 is overdue.
"""


@pytest.mark.parametrize("reply", ["550 No such user here", "554 recipient unknown"])
def test_a_qmail_user_unknown_after_data_goes_to_a_person(reply: str) -> None:
    got = mail(QMAIL.format(reply=reply, bot=BOT), "failure notice",
               sender="MAILER-DAEMON@mx.client.example")
    assert got["kind"] == "bounce"
    assert got["address_dead"] is False
    assert got["needs_human"] is True


def test_a_qmail_user_unknown_at_rcpt_still_kills_the_address() -> None:
    body = QMAIL.format(reply="550 5.1.1 user unknown", bot=BOT).replace(
        "Connected to 198.51.100.7 but the message was rejected after DATA.\n", "")
    got = mail(body, "failure notice", sender="MAILER-DAEMON@mx.client.example")
    assert got["address_dead"] is True
    assert got["bounce_reason"] == "user_unknown"


DELAY = """This is the mail system at host mx.acme.test.

# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<ap@client.example>: host mx.client.example[198.51.100.7] said: {reply}
    (in reply to RCPT TO command)
"""


@pytest.mark.parametrize("reply", [
    ("450 4.7.1 <ap@client.example>: Recipient address rejected: Greylisting in action, "
     "please come back later"),
    "451 4.7.1 Service unavailable - try again later (graylisted)",
    "450 Greylisted for 5 minutes, come back later",
])
def test_a_greylisting_deferral_is_no_policy_refusal(reply: str) -> None:
    got = mail(DELAY.format(reply=reply), "Delayed Mail (still being retried)",
               sender="MAILER-DAEMON@mx.acme.test")
    assert got["kind"] == "bounce"
    assert got["bounce_permanent"] is False
    assert got["bounce_reason"] == "other"
    assert got["address_dead"] is False


def test_a_temporary_policy_refusal_is_still_policy() -> None:
    got = mail(DELAY.format(reply="450 4.7.1 Client host rejected: access denied by policy"),
               "Delayed Mail (still being retried)", sender="MAILER-DAEMON@mx.acme.test")
    assert got["bounce_reason"] == "policy"

"""Machine mail the sixth blind set showed was missed, each kind as a general rule with
examples written here: a filter that holds our message until the sender releases it (or
takes mail only from verified senders) is a challenge, in each language and with a reply
asked for in a few words more ("antworten Sie bitte einfach auf diese E-Mail"); an
acknowledgement saying there is no need to answer it, and a shop's closure note, are
auto-replies without any header."""

from __future__ import annotations

import pytest

from mailbot.domain.values import Kind
from tests.test_machine_notes import mail, read

REPLIED = {"Auto-Submitted": "auto-replied"}


@pytest.mark.parametrize(("subject", "body"), [
    ("Held: your message", ("Your message to billing@client.test has been held by our mail "
     "filter. To release it, simply reply to this email; held mail is deleted after 7 days.")),
    ("Verification needed", ("This mailbox accepts mail only from verified senders. Please "
     "confirm at https://filter.client.test/v/88123 to have your message delivered.")),
    ("Nachricht zurückgehalten", ("Ihre Nachricht an buchhaltung@client.test wurde "
     "zurückgehalten. Um die Zustellung freizugeben, antworten Sie bitte kurz auf diese "
     "Nachricht.")),
    ("Подтвердите отправку", ("Ящик buh@client.test принимает письма только от проверенных "
     "отправителей. Чтобы письмо дошло, просто ответьте на это письмо.")),
    ("Email ditahan", ("Email anda kepada keuangan@client.test ditahan oleh sistem kami. "
     "Silakan konfirmasi dengan membalas saja email ini.")),
])
def test_a_message_held_until_the_sender_confirms_is_a_challenge(subject, body):
    c = read(mail(subject, body, sender="Mail Filter <filter@client.test>", headers=REPLIED))
    assert c.kind == Kind.CHALLENGE, c.reason
    assert c.needs_human
    assert c.challenge


def test_a_person_asking_to_confirm_receipt_is_no_challenge():
    c = read(mail("Re: Reminder AC-2026-0077", "Your reminder was held up in our office "
                  "post; please reply to this email with the invoice copy."))
    assert c.kind != Kind.CHALLENGE


@pytest.mark.parametrize(("subject", "body", "back"), [
    ("Re: Reminder AC-2026-0077", ("Ваше обращение получено и будет рассмотрено в течение "
     "двух рабочих дней. Отвечать на это письмо не нужно."), None),
    ("Re: Reminder AC-2026-0077", ("Mohon maaf, toko kami sedang tutup untuk stock opname "
     "sampai tanggal 12 Desember. Pesan akan kami balas setelah toko buka."), "2026-12-14"),
])
def test_a_headerless_acknowledgement_or_closure_is_an_auto_reply(subject, body, back):
    c = read(mail(subject, body))
    assert c.kind == Kind.AUTO_REPLY, c.reason
    assert (c.return_date.isoformat() if c.return_date else None) == back


def test_a_client_saying_the_shop_was_closed_and_paying_is_a_reply():
    c = read(mail("Re: Reminder AC-2026-0077", "Maaf pak, toko kami tutup minggu lalu. "
                  "Tagihan AC-2026-0077 sudah kami transfer hari ini."))
    assert c.kind == Kind.CLIENT_REPLY


COPY = ("\n\n------ This is a copy of the message's headers. ------\n\n"
        "From: AR <ar@acme.test>\nTo: ap@client.test\nSubject: Reminder AC-2026-0077\n"
        "Message-ID: <rem-77-1@acme.test>\n")


@pytest.mark.parametrize(("subject", "body"), [
    ("Nachricht blockiert", ("Guten Tag,\n\nIhre E-Mail an unsere Buchhaltung (ap@client.test) "
     "wurde wegen Spamverdacht nicht zugestellt.\n\nIhre IT")),
    ("Pesan ditolak", ("Yth. Bapak/Ibu,\n\nEmail Anda untuk ap@client.test ditandai sebagai "
     "spam oleh filter kami dan tidak diteruskan.\n\nTim IT")),
])
def test_a_hand_written_spam_rejection_is_a_bounce_that_leaves_the_address_alive(subject,
                                                                                 body):
    c = read(mail(subject, body + COPY, sender="IT <it@client.test>", answers=False,
                  headers=REPLIED))
    assert c.kind == Kind.BOUNCE, c.reason
    assert (c.bounce_reason, c.failed_recipients) == ("spam", ("ap@client.test",))

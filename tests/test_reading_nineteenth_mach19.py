"""Machine mail of the nineteenth blind set's kinds: examples written here in other
wordings, not the set's messages.

- a filter's note that holds our mail ("Ihre Nachricht an ... mit dem Betreff „...“ wurde
  zurückgehalten", "your message to ... is on hold", "email Anda ... belum terkirim")
  and asks the sender to prove to be a person ("bestätigen Sie, dass Sie ein Mensch
  sind") or to reply to verify ("untuk verifikasi, cukup balas email ini"), or that takes
  mail from unknown senders only after a confirmation, is a challenge, not an auto-reply;
  a ticket system's acknowledgement asking to keep the subject when replying is still
  an auto-reply, and a client's own words about verifying stay a reply;
- a remittance advice (titled so) from the payer's accounts-payable system, naming our
  invoice and the amount paid, is the client's paid claim, not an auto-reply, even with
  Auto-Submitted and "this is an automated message"; an absence note is still one;
- an electronic-document service's notice that a counterparty signed (or rejected) a
  document ("подписал документ", "has signed the document") is `other` for a person,
  never a client's reply; a client writing that they signed the act is still a reply.
"""

from __future__ import annotations

import hashlib

from mailbot.reading.classify import Context, as_record, classify
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
OURS = "<rem-19-1@acme.test>"  # a reminder the bot knows it sent
CTX = Context(
    bot_address=BOT,
    staff_domains=frozenset({"acme.test"}),
    notifiers=frozenset({"alerts@northbank.co.uk"}),
    known_invoice_numbers=("AC-2026-0191", "AC-2026-0192"),
    known_message_ids=frozenset({OURS}),
    known_contacts=frozenset({"ap@client.test"}),
)
DATE = "Tue, 17 Nov 2026 09:01:00 +0000"


def mail(subject: str, body: str, *, sender: str = "Client AP <ap@client.test>",
         answers: bool = True, headers: dict[str, str] | None = None,
         html: bool = False) -> bytes:
    digest = hashlib.sha1((subject + body).encode()).hexdigest()[:16]
    lines = [f"From: {sender}", f"To: {BOT}", f"Subject: {subject}", f"Date: {DATE}",
             f"Message-ID: <{digest}@client.test>", "MIME-Version: 1.0",
             f"Content-Type: text/{'html' if html else 'plain'}; charset=utf-8",
             "Content-Transfer-Encoding: 8bit"]
    if answers:
        lines += [f"In-Reply-To: {OURS}", f"References: {OURS}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def record(raw: bytes) -> dict[str, object]:
    return as_record(classify(parse_message(raw), CTX))


AUTO = {"Auto-Submitted": "auto-replied"}

# ============================================================== challenges


def test_german_note_holding_mail_with_its_subject_until_a_person_clicks_is_a_challenge():
    body = ("Hallo,\n\n"
            "Ihre Nachricht an buchhaltung@seeblick.test mit dem Betreff\n"
            "„Zahlungserinnerung AC-2026-0191“ wird vorerst zurückgehalten.\n\n"
            "Zeigen Sie uns bitte kurz, dass Sie ein echter Mensch sind – ein Klick genügt:\n\n"
            "https://filter.seeblick.test/ok/4b1d7e20aa93\n\n"
            "Danach erreichen Ihre E-Mails das Postfach ohne Umweg.\n")
    r = record(mail("Absender prüfen: Zahlungserinnerung AC-2026-0191", body,
                    sender="Seeblick Mailschutz <noreply@filter.seeblick.test>",
                    headers=AUTO))
    assert r["kind"] == "challenge", r
    assert r["needs_human"] is True
    assert r["challenge"] == "https://filter.seeblick.test/ok/4b1d7e20aa93"
    assert r["original_message_id"] == OURS


def test_german_filter_taking_unknown_senders_only_after_a_confirmation_is_a_challenge():
    body = ("Guten Tag,\n\n"
            "dieses Postfach nimmt Nachrichten von neuen Absendern nur nach einer kurzen\n"
            "Bestätigung entgegen.\n\n"
            "Antworten Sie dazu bitte auf diese Nachricht. Danach wird Ihre E-Mail\n"
            "zugestellt.\n\nPension Seeblick\n")
    r = record(mail("Rückfrage: Zahlungserinnerung AC-2026-0191", body,
                    sender="Seeblick Filter <ok-5e0c91d4a7@filter.seeblick.test>",
                    headers={**AUTO, "Reply-To": "ok-5e0c91d4a7@filter.seeblick.test"}))
    assert r["kind"] == "challenge", r
    assert r["challenge"] == "mailto:ok-5e0c91d4a7@filter.seeblick.test"


def test_indonesian_note_asking_a_reply_to_verify_is_a_challenge():
    body = ("Yth. Pengirim,\n\n"
            "Email Anda kepada keuangan@sentosa.test dengan subjek \"Pengingat AC-2026-0191\"\n"
            "belum kami teruskan.\n\n"
            "Untuk verifikasi, silakan balas email ini tanpa mengubah apa pun. Setelah\n"
            "terverifikasi, email Anda akan diteruskan ke penerima.\n\n"
            "--\nYour email to keuangan@sentosa.test is waiting. Reply to this email to\n"
            "have it passed on.\n")
    r = record(mail("[Cek Pengirim] Pengingat AC-2026-0191", body,
                    sender="Saring Surel <cek@saring.test>",
                    headers={**AUTO, "Reply-To": "v-7d20c4e9b1@saring.test"}))
    assert r["kind"] == "challenge", r
    assert r["challenge"] == "mailto:v-7d20c4e9b1@saring.test"


def test_english_note_saying_the_mail_is_on_hold_until_a_reply_verifies_is_a_challenge():
    body = ("Your email to accounts@harbourside.test is on hold. To verify you, just reply\n"
            "to this email; your message will then be passed on.\n")
    r = record(mail("Pending: Reminder AC-2026-0192", body,
                    sender="Inbox Shield <hold@shield.test>",
                    headers={**AUTO, "Reply-To": "v-1a2b3c4d5e@shield.test"}))
    assert r["kind"] == "challenge", r


def test_russian_note_taking_unknown_senders_only_after_a_confirmation_is_a_challenge():
    body = ("Здравствуйте!\n\n"
            "Письма от новых отправителей доставляются только после подтверждения.\n"
            "Чтобы подтвердить, просто ответьте на это письмо.\n")
    r = record(mail("Подтверждение: Напоминание AC-2026-0192", body,
                    sender="Антиспам <check-9f8e7d6c5b@antispam.client.test>",
                    headers=AUTO))
    assert r["kind"] == "challenge", r


def test_ticket_acknowledgement_asking_to_keep_the_subject_is_still_an_auto_reply():
    body = ("Vielen Dank, wir haben Ihre Nachricht erhalten (Vorgang 48213).\n"
            "Bitte antworten Sie auf diese E-Mail, ohne den Betreff zu ändern, damit\n"
            "Ihre Nachricht dem Vorgang zugeordnet wird.\n")
    r = record(mail("Eingangsbestätigung: Zahlungserinnerung AC-2026-0191", body,
                    sender="Service <service@client.test>", headers=AUTO))
    assert r["kind"] == "auto_reply", r


def test_a_clients_own_words_about_verifying_by_reply_stay_a_reply():
    body = ("Selamat siang,\n\nUntuk verifikasi, mohon balas email ini dengan salinan faktur\n"
            "AC-2026-0191, karena kami belum menerimanya.\n\nTerima kasih,\nRina\n")
    r = record(mail("Re: Pengingat AC-2026-0191", body))
    assert r["kind"] == "client_reply", r


# ============================================================== remittance advice

ERP = "Harbour Hotels Payables <noreply-ap@harbourhotels.test>"


def test_a_payers_automated_remittance_advice_is_its_paid_claim_not_an_auto_reply():
    body = ("<html><body><h2>PAYMENT ADVICE</h2>\n"
            "<p>Harbour Hotels plc - payment batch B-77</p>\n"
            "<table><tr><th>Invoice</th><th>Paid</th></tr>\n"
            "<tr><td>AC-2026-0192</td><td>1,450.00</td></tr>\n"
            "<tr><td>Total EUR</td><td>1,450.00</td></tr></table>\n"
            "<p>Method: SEPA &nbsp; Date of payment: 16/11/2026</p>\n"
            "<p>This is an automated message from our accounts system, please do not reply."
            "</p></body></html>\n")
    r = record(mail("Payment Advice - Harbour Hotels plc - batch B-77", body, sender=ERP,
                    answers=False, html=True,
                    headers={"Auto-Submitted": "auto-generated"}))
    assert r["kind"] == "client_reply", r
    assert r["intent"] == "paid_claim"
    assert r["invoice_numbers"] == ["AC-2026-0192"]
    # the record's own total and its labelled day of payment
    assert (r["amount"], r["currency"], r["payment_date"]) == ("1450.00", "EUR", "2026-11-16")


def test_german_zahlungsavis_from_an_erp_is_a_paid_claim():
    body = ("ZAHLUNGSAVIS\n\nSehr geehrte Damen und Herren,\n\n"
            "wir haben folgende Rechnung zur Zahlung angewiesen:\n\n"
            "Rechnung AC-2026-0191    980,00 EUR\n"
            "Zahlungsdatum: 18.11.2026\n\n"
            "Diese Nachricht wurde automatisch erstellt. Bitte nicht antworten.\n")
    r = record(mail("Zahlungsavis Nr. 2026-118", body, sender=ERP, answers=False,
                    headers={"Auto-Submitted": "auto-generated"}))
    assert r["kind"] == "client_reply", r
    assert r["intent"] == "paid_claim"
    assert (r["amount"], r["currency"], r["payment_date"]) == ("980.00", "EUR", "2026-11-18")


def test_a_person_mentioning_the_remittance_keeps_the_amount_of_their_own_words():
    body = ("Hi,\n\nour remittance advice is attached: we paid AC-2026-0191 today.\n"
            "The other invoice for 2,300.00 EUR follows next week.\n\nThanks, Sam\n")
    r = record(mail("Re: Reminder AC-2026-0191", body))
    assert r["intent"] == "paid_claim", r
    assert r["amount"] is None  # not the other invoice's figure


def test_an_absence_note_mentioning_remittance_queries_is_still_an_auto_reply():
    body = ("I am out of the office until Monday 23 November.\n"
            "For remittance advice or payment queries please contact payables@client.test.\n")
    r = record(mail("Automatic reply: Reminder AC-2026-0191", body,
                    sender="Jo Bloggs <jo@client.test>", headers=AUTO))
    assert r["kind"] == "auto_reply", r


# ============================================================== document-exchange notices


def test_an_edo_service_notice_that_the_client_signed_a_document_is_other_for_a_person():
    body = ("Добрый день!\n\n"
            "Контрагент АО «Берёзка-Сервис» подписал документ\n"
            "«УПД № 91 от 12.11.2026 по счёту AC-2026-0191».\n\n"
            "Дата подписания: 16.11.2026\n"
            "Посмотреть: https://edo.example.test/d/91\n\n"
            "Письмо сформировано автоматически, отвечать на него не нужно.\n")
    r = record(mail("Документ подписан контрагентом", body,
                    sender="ЭДО Уведомления <no-reply@notice.edo.test>", answers=False))
    assert r["kind"] == "other", r
    assert r["needs_human"] is True
    assert r["invoice_numbers"] == ["AC-2026-0191"]
    assert r["language"] == "ru"


def test_an_edo_notice_that_the_client_rejected_a_document_is_other_for_a_person():
    body = ("АО «Берёзка-Сервис» отклонило документ «Акт № 92 к счёту AC-2026-0192».\n"
            "Причина: не совпадает количество.\n\nЭто автоматическое уведомление.\n")
    r = record(mail("Отказ в подписании", body, sender="Оператор ЭДО <robot@edo.test>",
                    answers=False, headers={"Auto-Submitted": "auto-generated"}))
    assert r["kind"] == "other", r
    assert r["needs_human"] is True


def test_an_e_signature_service_notice_is_other_not_an_auto_reply():
    body = ("Harbour Hotels plc has signed the document \"Acceptance certificate "
            "AC-2026-0192\".\nAll parties have signed. View it at "
            "https://sign.example.test/e/5521\n\nThis is an automated notification.\n")
    r = record(mail("Completed: Acceptance certificate AC-2026-0192", body,
                    sender="SignRoom <notifications@signroom.test>", answers=False,
                    headers={"Auto-Submitted": "auto-generated"}))
    assert r["kind"] == "other", r
    assert r["needs_human"] is True


def test_german_and_indonesian_signing_notices_are_other():
    de = ("Die Seeblick GmbH hat das Dokument „Abnahmeprotokoll AC-2026-0191“ "
          "unterschrieben.\n\nDiese E-Mail wurde automatisch versendet.\n")
    r = record(mail("Dokument unterschrieben", de, sender="SignDesk <noreply@signdesk.test>",
                    answers=False))
    assert r["kind"] == "other", r
    idn = ("PT Sentosa telah menandatangani dokumen \"Berita Acara AC-2026-0191\".\n\n"
           "Email ini dikirim secara otomatis.\n")
    r = record(mail("Dokumen ditandatangani", idn, sender="TTE <noreply@tte.test>",
                    answers=False))
    assert r["kind"] == "other", r


def test_a_client_saying_they_signed_the_act_is_still_a_reply():
    body = ("Добрый день!\n\nАкт по счёту AC-2026-0191 мы подписали, "
            "оплату проведём 20.11.2026.\n\nС уважением,\nАнна\n")
    r = record(mail("Re: Напоминание AC-2026-0191", body))
    assert r["kind"] == "client_reply", r
    assert r["intent"] == "promise"


def test_a_strangers_own_mail_about_a_signed_document_is_not_a_service_notice():
    body = ("Добрый день!\n\nКонтрагент подписал документ по счёту AC-2026-0192, "
            "оплату проведём 20.11.2026.\n\nИрина, бухгалтерия\n")
    r = record(mail("Счёт AC-2026-0192", body, sender="Ирина <irina@berezka.test>",
                    answers=False))
    assert r["kind"] == "client_reply", r

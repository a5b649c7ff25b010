"""Auto-replies in thirteen languages, with and without any standard header, and the
return date each states, read relative to the mail's Date in the sender's time zone;
and the mail that must not be taken for one (a person back from holiday who paid, a
client quoting our reminder, a newsletter, a sender-verification request).

Written for this test (not copied from any evaluation set). Each language has an
absence note with a subject prefix and no header, one with no prefix and no header that
only answers our reminder, and an automatic acknowledgement of receipt."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import pytest

from mailbot.domain.values import Kind
from mailbot.reading.classify import Context, classify
from mailbot.reading.kinds.auto_reply import return_date
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
OURS = "<rem-2026-001-1@acme.test>"  # the reminder the bot sent
CTX = Context(
    bot_address=BOT,
    staff_domains=frozenset({"acme.test"}),
    known_invoice_numbers=("INV-2026-001",),
    known_message_ids=frozenset({OURS}),
    known_contacts=frozenset({"alice@client.test"}),
)
WEDNESDAY = "Wed, 02 Dec 2026 09:00:00 +0100"  # the 7th is the next Monday


def mail(subject: str, body: str, *, sender: str = "Alice <alice@client.test>",
         date_: str = WEDNESDAY, answers: bool = True,
         headers: dict[str, str] | None = None) -> bytes:
    digest = hashlib.sha1((subject + body).encode()).hexdigest()[:16]
    lines = [f"From: {sender}", f"To: {BOT}", f"Subject: {subject}", f"Date: {date_}",
             f"Message-ID: <{digest}@client.test>", "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    if answers:
        lines += [f"In-Reply-To: {OURS}", f"References: {OURS}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


GENERATED = {"Auto-Submitted": "auto-generated"}
D = date

# (id, subject, body, headers, return date): all auto-replies, none with Auto-Submitted:
# auto-replied, X-Autoreply or Precedence: auto_reply
ABSENT: list[tuple[str, str, str, dict[str, str], date | None]] = [
    # ------------------------------------------------------------------ English
    ("en-prefix", "Automatic reply: Reminder: invoice INV-2026-001",
     "Thank you for your email. I am out of the office and back on 14 December.", {},
     D(2026, 12, 14)),
    ("en-plain", "Reminder: invoice INV-2026-001",
     "I'm on annual leave with limited access to email. I will be back on Monday.", {},
     D(2026, 12, 7)),
    ("en-ack", "[Ticket #48213] We have received your message",
     ("Thank you for contacting us. Your message has been received and a member of our "
     "team will respond within 2 business days."), {}, None),
    # ------------------------------------------------------------------ German
    ("de-prefix", "Automatische Antwort: Erinnerung: Rechnung INV-2026-001",
     ("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11.12. nicht im Büro und "
     "ab Montag, 14. Dezember wieder erreichbar."), {}, D(2026, 12, 14)),
    ("de-plain", "Erinnerung: Rechnung INV-2026-001",
     "Ich befinde mich im Urlaub. Ab dem 9.12. bin ich wieder für Sie da.", {},
     D(2026, 12, 9)),
    ("de-ack", "Eingangsbestätigung",
     "Ihre Anfrage ist bei uns eingegangen (Vorgang 55120). Wir melden uns in Kürze.", {},
     None),
    # ------------------------------------------------------------------ Indonesian
    ("id-prefix", "Balasan otomatis: Pengingat tagihan INV-2026-001",
     ("Terima kasih atas email Anda. Saya sedang cuti dan akan kembali ke kantor pada "
     "14 Desember 2026."), {}, D(2026, 12, 14)),
    ("id-plain", "Pengingat tagihan INV-2026-001",
     "Saya sedang dinas luar kota sampai hari Jumat.", {}, D(2026, 12, 7)),
    ("id-ack", "Tanda terima otomatis",
     ("Email Anda telah kami terima dengan nomor tiket #5521 dan akan segera "
     "ditindaklanjuti."), {}, None),
    # ------------------------------------------------------------------ Russian
    ("ru-prefix", "Автоответ: Напоминание о счёте INV-2026-001",
     "Здравствуйте! Я в отпуске до 14 декабря.", {}, D(2026, 12, 14)),
    ("ru-plain", "Напоминание о счёте INV-2026-001",
     ("Уважаемые партнёры! Офис не работает с 31 декабря по 10 января. С 11 января "
     "работаем в обычном режиме."), {}, D(2027, 1, 11)),
    ("ru-ack", "Ваше обращение зарегистрировано",
     ("Здравствуйте! Ваше письмо получено и зарегистрировано под номером 1187. Мы ответим в "
     "течение двух рабочих дней."), {}, None),
    # ------------------------------------------------------------------ Polish
    ("pl-prefix", "Odpowiedź automatyczna: Przypomnienie: faktura INV-2026-001",
     "Dzień dobry, jestem na urlopie do 10 grudnia. Wracam do biura 11 grudnia.", {},
     D(2026, 12, 11)),
    ("pl-plain", "Przypomnienie: faktura INV-2026-001",
     "Dziękuję za wiadomość. Jestem w delegacji, będę z powrotem w poniedziałek.", {},
     D(2026, 12, 7)),
    ("pl-ack", "Potwierdzenie otrzymania zgłoszenia [#77812]",
     ("Potwierdzamy otrzymanie wiadomości. Zgłoszenie zostanie rozpatrzone w ciągu 2 dni "
     "roboczych."), {}, None),
    # ------------------------------------------------------------------ Dutch
    ("nl-prefix", "Automatisch antwoord: Herinnering: factuur INV-2026-001",
     "Ik ben met vakantie tot 11 december. Vanaf 14 december ben ik weer bereikbaar.", {},
     D(2026, 12, 14)),
    ("nl-plain", "Herinnering: factuur INV-2026-001",
     "Ik ben op reis en ben aanstaande maandag weer terug.", {}, D(2026, 12, 7)),
    ("nl-ack", "Uw bericht",
     "Wij hebben uw e-mail in goede orde ontvangen. U hoort zo snel mogelijk van ons.",
     GENERATED, None),
    # ------------------------------------------------------------------ French
    ("fr-prefix", "Réponse automatique : Relance facture INV-2026-001",
     "Bonjour, je suis en congés et serai de retour le lundi 14 décembre.\nCordialement",
     {}, D(2026, 12, 14)),
    ("fr-plain", "Relance facture INV-2026-001",
     "Je suis actuellement en déplacement. Je serai de retour demain.", {},
     D(2026, 12, 3)),
    ("fr-ack", "Accusé de réception : Relance facture INV-2026-001",
     "Nous avons bien reçu votre message et nous vous répondrons dans les meilleurs délais.",
     {}, None),
    # ------------------------------------------------------------------ Spanish
    ("es-prefix", "Respuesta automática: Recordatorio: factura INV-2026-001",
     "Estoy de vacaciones hasta el 11 de diciembre. Volveré el lunes 14 de diciembre.", {},
     D(2026, 12, 14)),
    ("es-plain", "Recordatorio: factura INV-2026-001",
     ("Me encuentro de viaje con acceso limitado al correo. Estaré de vuelta el próximo "
     "lunes."), {}, D(2026, 12, 7)),
    ("es-ack", "Solicitud recibida",
     "Hemos recibido su solicitud (ticket #99120). Le responderemos lo antes posible.", {},
     None),
    # ------------------------------------------------------------------ Italian
    ("it-prefix", "Risposta automatica: Sollecito fattura INV-2026-001",
     "Sono in ferie. Tornerò in ufficio il 14 dicembre.", {}, D(2026, 12, 14)),
    ("it-plain", "Sollecito fattura INV-2026-001",
     "Questa è una risposta automatica: sono fuori sede e rientrerò lunedì.", {},
     D(2026, 12, 7)),
    ("it-ack", "Richiesta registrata",
     "Abbiamo ricevuto la sua richiesta, che è stata registrata. La contatteremo a breve.",
     GENERATED, None),
    # ------------------------------------------------------------------ Portuguese
    ("pt-prefix", "Resposta automática: Lembrete: fatura INV-2026-001",
     "Estou de férias até 11 de dezembro. Retorno em 14 de dezembro.", {},
     D(2026, 12, 14)),
    ("pt-plain", "Lembrete: fatura INV-2026-001",
     "Estou fora do escritório. Estarei de volta amanhã.", {}, D(2026, 12, 3)),
    ("pt-ack", "Protocolo #88231",
     "Recebemos a sua mensagem. Responderemos em breve.", {}, None),
    # ------------------------------------------------------------------ Turkish
    ("tr-prefix", "Otomatik yanıt: Hatırlatma: fatura INV-2026-001",
     "Merhaba, 11 Aralık'a kadar izindeyim. 14 Aralık'ta döneceğim.", {},
     D(2026, 12, 14)),
    ("tr-plain", "Hatırlatma: fatura INV-2026-001",
     "Şu anda ofis dışındayım. 7 Aralık Pazartesi günü ofiste olacağım.", {},
     D(2026, 12, 7)),
    ("tr-ack", "Talebiniz alındı",
     "Mesajınız bize ulaşmıştır. Talep numaranız #44120.", {}, None),
    # ------------------------------------------------------------------ Chinese
    ("zh-prefix", "自动回复: 付款提醒 INV-2026-001",
     "您好，我正在休假，将于12月14日返回办公室。", {}, D(2026, 12, 14)),
    ("zh-plain", "付款提醒 INV-2026-001",
     "我目前出差，12月9日前无法查看邮件。", {}, D(2026, 12, 10)),
    ("zh-ack", "工单 #73310",
     "您的邮件已收到，我们会尽快回复。", {}, None),
    # ------------------------------------------------------------------ Japanese
    ("ja-prefix", "自動応答: お支払いのお願い INV-2026-001",
     "誠に恐れ入りますが、12月11日まで休暇をいただいております。12月14日に戻ります。", {},
     D(2026, 12, 14)),
    ("ja-plain", "お支払いのお願い INV-2026-001",
     "出張のため不在にしております。12月7日（月）に出社いたします。", {}, D(2026, 12, 7)),
    ("ja-ack", "受付番号 #66012",
     "お問い合わせを受け付けいたしました。担当者よりご連絡いたします。", {}, None),
]


@pytest.mark.parametrize(("subject", "body", "headers", "back"),
                         [c[1:] for c in ABSENT], ids=[c[0] for c in ABSENT])
def test_an_auto_reply_without_a_standard_header_and_its_return_date(subject, body, headers,
                                                                      back):
    c = classify(parse_message(mail(subject, body, headers=headers)), CTX)
    assert (c.kind, c.return_date) == (Kind.AUTO_REPLY, back), c
    assert not c.needs_human
    assert c.original_message_id == OURS


def test_every_language_has_three_examples_with_a_return_date():
    codes = {c[0].split("-")[0] for c in ABSENT}
    assert codes == {"en", "de", "id", "ru", "pl", "nl", "fr", "es", "it", "pt", "tr", "zh",
                     "ja"}
    for code in codes:
        assert sum(c[0].startswith(code + "-") for c in ABSENT) >= 3, code
    assert all(any(c[4] for c in ABSENT if c[0].startswith(code + "-")) for code in codes)


def test_the_return_date_counts_from_the_senders_own_day():
    # 08:00 on Thursday in Tokyo is still Wednesday in UTC: "tomorrow" is Friday the 4th
    body = "出張中のため不在にしております。明日戻ります。"
    c = classify(parse_message(mail("付款提醒", body, date_="Thu, 03 Dec 2026 08:00:00 +0900")),
                 CTX)
    assert (c.kind, c.return_date) == (Kind.AUTO_REPLY, date(2026, 12, 4))
    c = classify(parse_message(mail("Reminder", "I am away and back tomorrow.",
                                    date_="Wed, 02 Dec 2026 23:30:00 -0800")), CTX)
    assert (c.kind, c.return_date) == (Kind.AUTO_REPLY, date(2026, 12, 3))


def test_new_year_holidays_end_next_year():
    c = classify(parse_message(mail("Напоминание", "Я в отпуске до 11 января.",
                                    date_="Thu, 24 Dec 2026 10:00:00 +0300")), CTX)
    assert (c.kind, c.return_date) == (Kind.AUTO_REPLY, date(2027, 1, 11))
    c = classify(parse_message(mail("Rappel", "Réponse automatique. Je suis absente jusqu'au "
                                    "4 janvier.", date_="Mon, 28 Dec 2026 10:00:00 +0100")),
                 CTX)
    assert (c.kind, c.return_date) == (Kind.AUTO_REPLY, date(2027, 1, 4))


def test_an_unknown_sender_of_a_client_acknowledges_automatically():
    raw = mail("Ваше обращение зарегистрировано", "Ваше письмо получено и зарегистрировано "
               "под номером 7734.", sender="Support <support@client.test>", answers=False,
               headers=GENERATED)
    c = classify(parse_message(raw), CTX)
    assert c.kind == Kind.AUTO_REPLY
    assert not c.needs_human


def test_a_responder_in_a_language_without_words_on_file_is_known_by_its_structure():
    # Finnish: an answer to our reminder, a prefix no mail client puts on a reply, short
    raw = mail("Automaattinen vastaus: Reminder: invoice INV-2026-001",
               "Olen lomalla ja luen sähköpostini palattuani.")
    assert classify(parse_message(raw), CTX).kind == Kind.AUTO_REPLY
    raw = mail("Lomavastaaja: Reminder: invoice INV-2026-001",
               "Olen lomalla ja luen sähköpostini palattuani.")
    assert classify(parse_message(raw), CTX).kind == Kind.AUTO_REPLY
    # ... but not a person's reply ("VS:" is Finnish for "Re:"), nor one asking something
    raw = mail("VS: Reminder: invoice INV-2026-001", "Olen lomalla ja luen sähköpostini.")
    assert classify(parse_message(raw), CTX).kind != Kind.AUTO_REPLY
    raw = mail("Kysymys: Reminder: invoice INV-2026-001", "Voitteko lähettää laskun uudelleen?")
    assert classify(parse_message(raw), CTX).kind != Kind.AUTO_REPLY
    # ... nor one quoting the reminder (a person's answer, whatever its prefix)
    raw = mail("Lomavastaaja: Reminder: invoice INV-2026-001",
               "Hoidan asian huomenna.\n\n> Invoice INV-2026-001 is past due.")
    assert classify(parse_message(raw), CTX).kind != Kind.AUTO_REPLY
    # ... nor a person who kept the bot's own subject, without "Re:"
    raw = mail("Reminder: invoice INV-2026-001", "Soitan teille huomenna.")
    assert classify(parse_message(raw), CTX).kind != Kind.AUTO_REPLY


# ============================================================== not auto-replies

NOT_ABSENT: list[tuple[str, str, str, dict[str, str]]] = [
    ("en-paid", "Re: Reminder: invoice INV-2026-001",
     "Sorry for the delay, I was on holiday. Paid now.", {}),
    ("fr-paid", "RE : Relance facture INV-2026-001",
     "Bonjour, j'étais en congés, je viens de payer la facture.", {}),
    ("es-paid", "RE: Recordatorio: factura INV-2026-001",
     "Estuve de vacaciones; ya pagamos la factura ayer.", {}),
    ("pl-paid", "Odp: Przypomnienie: faktura INV-2026-001",
     "Byłem na urlopie, przelew wysłałem dziś.", {}),
    ("it-paid", "R: Sollecito fattura INV-2026-001",
     "Ero in ferie, abbiamo pagato oggi la fattura.", {}),
    ("quoting", "Re: Reminder: invoice INV-2026-001",
     ("We will pay on Friday.\n\nOn Tue, 1 Dec 2026, AR <ar@acme.test> wrote:\n"
     "> This is an automatic reminder: invoice INV-2026-001 is past due.\n"
     "> I am out of the office, this is an automated message."), {}),
    ("newsletter", "Our holiday opening hours",
     "Our offices are closed from 24 December until 4 January. Happy holidays!",
     {"List-Unsubscribe": "<https://news.client.test/u>", "Precedence": "bulk"}),
    ("challenge-en", "Please confirm you are a real sender",
     ("Your message to alice@client.test is held until you confirm that you are a real "
     "sender: click the link below.\nhttps://verify.client.test/c/1"),
     {"Auto-Submitted": "auto-replied"}),
    ("challenge-de", "Bitte bestätigen Sie Ihre Absenderadresse",
     ("Ihre Nachricht wurde zurückgehalten. Bitte bestätigen Sie Ihre Absenderadresse über "
     "den folgenden Link."), {"Auto-Submitted": "auto-replied"}),
    ("challenge-ru", "Подтвердите отправку письма",
     "Ваше письмо задержано. Чтобы подтвердить, что вы не робот, перейдите по ссылке.",
     {"Auto-Submitted": "auto-replied"}),
    ("fr-subject", "Absence de paiement : facture INV-2026-001",
     "Bonjour, merci de nous renvoyer la facture.", {}),
    ("es-subject", "Ausencia de pago en la factura INV-2026-001",
     "Buenos días, la factura no indica la cuenta bancaria.", {}),
    ("person-ack", "Re: Reminder: invoice INV-2026-001",
     "Hi, we have received your email and I will check with our accounts team.", {}),
    ("person-ack-number", "Re: Reminder: invoice INV-2026-001",
     "Hi, we have received your message about invoice #2026001 and will look into it.", {}),
]


@pytest.mark.parametrize(("subject", "body", "headers"), [c[1:] for c in NOT_ABSENT],
                         ids=[c[0] for c in NOT_ABSENT])
def test_mail_that_is_no_auto_reply(subject, body, headers):
    c = classify(parse_message(mail(subject, body, headers=headers,
                                    answers=not subject.startswith("Our"))), CTX)
    assert c.kind != Kind.AUTO_REPLY, c


# ============================================================== return dates, pure

SENT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # a Wednesday

RETURNS: list[tuple[str, date | None]] = [
    ("Je serai de retour dans trois semaines.", D(2026, 12, 23)),
    ("Je suis absent du 1er au 11 décembre inclus.", D(2026, 12, 14)),
    ("Yarın döneceğim.", D(2026, 12, 3)),
    ("Pazartesi günü döneceğim.", D(2026, 12, 7)),
    ("Ofis dışındayım, 14 Aralık 2026 Pazartesi günü ofiste olacağım.", D(2026, 12, 14)),
    ("Estoy fuera hasta el lunes 14.", D(2026, 12, 14)),
    ("Sono in ferie fino al 6 gennaio.", D(2027, 1, 7)),
    ("Estarei de volta na próxima semana.", D(2026, 12, 7)),
    ("Ik ben tot 11-12-2026 afwezig.", D(2026, 12, 14)),
    ("我将在12月14日（星期一）返回。", D(2026, 12, 14)),
    ("2026年12月14日まで休暇をいただいております。", D(2026, 12, 14)),
    ("Dönüş tarihim: 14.12.2026", D(2026, 12, 14)),
    # no day stated: nothing is guessed
    ("Je serai de retour au bureau dès que possible.", None),
    ("Estaré fuera; volveré en enero.", None),
    ("Wracam po świętach.", None),
]


@pytest.mark.parametrize(("text", "back"), RETURNS, ids=[t for t, _ in RETURNS])
def test_a_return_date_in_words_of_a_language_without_a_file(text, back):
    assert return_date(text, SENT) == back

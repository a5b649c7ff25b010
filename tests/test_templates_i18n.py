"""Client templates in German, Indonesian and Russian (templates/{de,id,ru}/*.j2).

Rendered through mailbot.adapters.render with a context built the way Scheduler._queue_mail does.
Amounts and dates are expected in the reader's locale, computed with Babel rather than
hard-coded, and every past-due note carries the exact local "already paid" sentence that
mailbot.reading.replies recognises when a client quotes it back.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from babel.dates import format_date

from mailbot.adapters.config import CompanyConfig
from mailbot.adapters.render import DEFAULT_TEMPLATES, Rendered, make_env, render_blocks
from mailbot.domain.money import format_money
from mailbot.reading.replies import strip_reply

ENV = make_env()
COMPANY = CompanyConfig(
    name="Example Ltd",
    payment_instructions="Bank transfer to Example Ltd\nIBAN GB33 BUKB 2020 1555 5555 55",
    payment_link="https://pay.example.com/",
    signature="The Accounts Team",
)
TODAY = date(2026, 12, 8)

CHASE_TEMPLATES = ("receipt_check", "pre_due", "past_due", "past_due_ask_date", "statement")
PAST_DUE_TEMPLATES = ("past_due", "past_due_ask_date", "statement")
THANK_YOU_TEMPLATES = ("thank_you", "thank_you_on_time")
CLIENT_TEMPLATES = CHASE_TEMPLATES + THANK_YOU_TEMPLATES
LANGS = ("de", "id", "ru")


@pytest.fixture(params=LANGS)
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# What each language must say: the greeting (with and without a contact name), the
# sign-off, and the "if you have already paid, please ignore this message" sentence,
# which must stay word for word (mailbot.reading.replies.BOT_PHRASES recognises it).
LOCAL = {
    "de": SimpleNamespace(
        currency="EUR", amount="1234.56",
        greeting="Guten Tag Alice,", generic_greeting="Sehr geehrte Damen und Herren,",
        wish="wir hoffen, es geht Ihnen gut", sign_off="Mit freundlichen Grüßen",
        invite="antworten Sie einfach auf diese E-Mail",
        already_paid="Falls Sie die Zahlung bereits veranlasst haben, betrachten Sie "
                     "diese Nachricht bitte als gegenstandslos.",
        how_to_pay="Zahlungshinweise:"),
    "id": SimpleNamespace(
        currency="IDR", amount="1500000",
        greeting="Yth. Bapak/Ibu Alice,", generic_greeting="Yth. Bapak/Ibu,",
        wish="Semoga sehat selalu dan usaha Anda lancar.", sign_off="Hormat kami,",
        invite="silakan balas email ini",
        already_paid="Apabila Anda sudah melakukan pembayaran, mohon abaikan pesan ini.",
        how_to_pay="Cara pembayaran:"),
    "ru": SimpleNamespace(
        currency="RUB", amount="1234.56",
        greeting="Здравствуйте, Alice!", generic_greeting="Здравствуйте!",
        wish="Надеемся, у вас всё хорошо", sign_off="С уважением,",
        invite="просто ответьте на это письмо",
        already_paid="Если вы уже произвели оплату, пожалуйста, не обращайте внимания "
                     "на это письмо.",
        how_to_pay="Реквизиты для оплаты:"),
}


def inv(lang: str, number: str = "INV-2026-001", amount: str | None = None,
        due: date = date(2026, 12, 3)) -> dict[str, Any]:
    """One invoice as scheduler.invoice_context() gives it to a template."""
    value = Decimal(amount or LOCAL[lang].amount)
    return {"number": number, "amount": value, "balance": value,
            "currency": LOCAL[lang].currency, "due_date": due,
            "issue_date": due - timedelta(days=30), "days_late": (TODAY - due).days}


def context(lang: str, *invoices: dict[str, Any], show_payment: bool = True,
            contact_name: str = "Alice", debtor_name: str = "Client GmbH",
            company: CompanyConfig = COMPANY) -> dict[str, Any]:
    """The context Scheduler._queue_mail builds."""
    return {"company": company, "debtor": SimpleNamespace(name=debtor_name),
            "contact_name": contact_name, "invoices": list(invoices or [inv(lang)]),
            "show_payment": show_payment}


def render(name: str, lang: str, ctx: dict[str, Any] | None = None) -> Rendered:
    return render_blocks(ENV, name, lang,
                         ctx or context(lang, show_payment=name in CHASE_TEMPLATES))


def money(lang: str, amount: str | None = None) -> str:
    return format_money(Decimal(amount or LOCAL[lang].amount), LOCAL[lang].currency, lang)


def long_date(d: date, lang: str) -> str:
    return format_date(d, format="long", locale=lang)


# ------------------------------------------------------------------ the files

def test_each_language_has_every_client_template_and_no_internal_one(lang):
    names = {p.stem for p in (DEFAULT_TEMPLATES / lang).glob("*.j2")}
    # staff mail and the digest: English; "_" names are partials
    assert {n for n in names if not n.startswith("_")} == {*CLIENT_TEMPLATES}
    assert "_client" in names


# ------------------------------------------------------------------ every client mail

@pytest.mark.parametrize("name", CLIENT_TEMPLATES)
def test_every_client_template_renders_in_the_readers_language(lang, name):
    local = LOCAL[lang]
    r = render(name, lang)
    assert r.subject
    assert "\n" not in r.subject
    assert "INV-2026-001" in r.subject or "Example Ltd" in r.subject
    assert r.text.startswith(local.greeting)
    assert local.wish in r.text  # a greeting before the reminder
    assert local.invite in r.text  # ends by inviting the client to reply
    assert r.text.rstrip().endswith(f"{local.sign_off}\nThe Accounts Team\nExample Ltd")
    assert "INV-2026-001" in r.text
    assert r.html.startswith("<!DOCTYPE html>")
    assert f'<html lang="{lang}">' in r.html
    assert f"<p>{local.greeting}<br>" in r.html
    assert r.html.rstrip().endswith("</html>")
    for english in ("Dear ", "Kind regards", "Invoice ", "How to pay"):
        assert english not in r.text
        assert english not in r.html
    for part in (r.subject, r.text, r.html):
        assert "{{" not in part
        assert "{%" not in part


@pytest.mark.parametrize("name", CHASE_TEMPLATES)
def test_every_chaser_carries_complete_local_payment_information(lang, name):
    r = render(name, lang)
    amount, due = money(lang), long_date(date(2026, 12, 3), lang)
    for part in (r.text, r.html):
        assert "INV-2026-001" in part
        assert amount in part
        assert due in part
        assert "Bank transfer to Example Ltd" in part
        assert "IBAN GB33 BUKB 2020 1555 5555 55" in part
        assert "https://pay.example.com/" in part
    assert LOCAL[lang].how_to_pay in r.text


def test_amounts_and_dates_follow_the_locale():
    assert money("de", "1234.56") == "1.234,56\xa0€"
    assert money("id", "1500000") == "Rp1.500.000,00"
    assert money("ru", "1234.56") == "1\xa0234,56\xa0₽"
    assert money("de", "1234.56") in render("past_due", "de").text
    assert "3. Dezember 2026" in render("past_due", "de").text
    assert "3 Desember 2026" in render("past_due", "id").text
    assert "3 декабря 2026\u202fг." in render("past_due", "ru").text


def test_the_payment_link_is_optional(lang):
    company = COMPANY.model_copy(update={"payment_link": None})
    r = render("past_due", lang, context(lang, company=company))
    assert "IBAN GB33" in r.text
    assert "https://" not in r.text
    assert "<a href" not in r.html


def test_without_a_contact_name_the_greeting_is_generic(lang):
    r = render("pre_due", lang, context(lang, contact_name=""))
    assert r.text.startswith(LOCAL[lang].generic_greeting)


# ------------------------------------------------------------------ past due or not

@pytest.mark.parametrize("name", PAST_DUE_TEMPLATES)
def test_past_due_mail_says_ignore_it_if_already_paid_word_for_word(lang, name):
    r = render(name, lang)
    assert LOCAL[lang].already_paid in r.text
    assert LOCAL[lang].already_paid in r.html


@pytest.mark.parametrize("name", ["receipt_check", "pre_due", *THANK_YOU_TEMPLATES])
def test_mail_about_invoices_not_yet_due_has_no_past_due_wording(lang, name):
    ctx = context(lang, inv(lang, due=TODAY + timedelta(days=3)),
                  show_payment=name in CHASE_TEMPLATES)
    assert LOCAL[lang].already_paid not in render(name, lang, ctx).text


def test_a_statement_of_invoices_not_yet_due_has_no_past_due_wording(lang):
    ctx = context(lang, inv(lang, "INV-1", due=TODAY + timedelta(days=2)),
                  inv(lang, "INV-2", due=TODAY + timedelta(days=20)))
    assert LOCAL[lang].already_paid not in render("statement", lang, ctx).text


def test_the_statement_lists_every_invoice_with_its_open_balance(lang):
    ctx = context(lang, inv(lang, "INV-1", "1000.00"),
                  inv(lang, "INV-2", "250.00", due=date(2026, 11, 20)),
                  inv(lang, "INV-3", "75.00", due=TODAY + timedelta(days=9)))
    r = render("statement", lang, ctx)
    assert "Example Ltd" in r.subject
    for number, amount in (("INV-1", "1000.00"), ("INV-2", "250.00"), ("INV-3", "75.00")):
        assert f"{number}: {money(lang, amount)}" in r.text
    assert long_date(date(2026, 11, 20), lang) in r.text
    assert r.html.count("<tr><td>INV-") == 3
    assert LOCAL[lang].already_paid in r.text


@pytest.mark.parametrize(("days", "words"), [
    (1, "1 день"), (2, "2 дня"), (4, "4 дня"), (5, "5 дней"), (11, "11 дней"),
    (12, "12 дней"), (21, "21 день"), (22, "22 дня"), (111, "111 дней")])
def test_russian_days_late_take_the_right_plural(days, words):
    r = render("past_due", "ru", context("ru", inv("ru", due=TODAY - timedelta(days=days))))
    assert f"(просрочен на {words})" in r.text


def test_german_days_late_take_the_right_plural():
    ctx = context("de", inv("de", "INV-1", due=TODAY - timedelta(days=1)),
                  inv("de", "INV-2", due=TODAY - timedelta(days=5)))
    text = render("statement", "de", ctx).text
    assert "(seit 1 Tag überfällig)" in text
    assert "(seit 5 Tagen überfällig)" in text


# ------------------------------------------------------------------ thanks

@pytest.mark.parametrize("name", THANK_YOU_TEMPLATES)
def test_thank_you_mail_has_no_payment_request(lang, name):
    r = render(name, lang)
    assert "INV-2026-001" in r.subject
    assert LOCAL[lang].how_to_pay not in r.text
    assert "IBAN" not in r.text
    assert "IBAN" not in r.html
    assert LOCAL[lang].already_paid not in r.text


def test_on_time_payers_get_a_warmer_thank_you():
    for lang, words in (("de", "pünktlich"), ("id", "tepat waktu"), ("ru", "точно в срок")):
        assert words in render("thank_you_on_time", lang).text
        assert words not in render("thank_you", lang).text


# ------------------------------------------------------------------ escaping

@pytest.mark.parametrize("name", CLIENT_TEMPLATES)
def test_html_escapes_names_and_text_escapes_nothing(lang, name):
    evil = "<Evil & Co>"
    company = COMPANY.model_copy(update={"name": evil, "signature": evil,
                                         "payment_instructions": f"Pay {evil}"})
    ctx = context(lang, contact_name=evil, debtor_name=evil, company=company,
                  show_payment=name in CHASE_TEMPLATES)
    r = render(name, lang, ctx)
    assert evil in r.text
    assert "&lt;Evil &amp; Co&gt;" in r.html
    assert "<Evil" not in r.html


# ------------------------------------------------------------------ fallbacks

def test_a_language_without_templates_falls_back_to_english_with_local_formats():
    r = render_blocks(ENV, "past_due", "fr", context("de"))
    assert r.text.startswith("Dear Alice,")
    assert "If you have already paid, please ignore this message" in r.text
    assert format_money(Decimal("1234.56"), "EUR", "fr") in r.text
    assert long_date(date(2026, 12, 3), "fr") in r.text


@pytest.mark.parametrize("name", ["staff_late_notice", "staff_call_task"])
def test_internal_mail_stays_english_for_every_language(lang, name):
    r = render(name, lang, context(lang, show_payment=False))
    assert r.subject.startswith("[mailbot]")
    assert r.text.startswith("Hello,")


# ------------------------------------------------------------------ reply reading

def test_the_reply_reader_drops_the_already_paid_sentence(lang):
    """A client who pastes the reminder back unquoted has not said "already paid"."""
    own = {"de": "Wir zahlen am Freitag.", "id": "Kami bayar hari Jumat.",
           "ru": "Оплатим в пятницу."}[lang]
    body = f"{own}\n\n{LOCAL[lang].already_paid}\n"
    assert strip_reply(body, [lang]) == own

"""Letters to clients: the salutation (mailbot.domain.salutation), the structured payment
details and the company's words per language ([company.payment], [company.i18n];
mailbot.adapters.letters), html that says what the text says, and the headers of the mail
as the SMTP server receives it."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from mailbot.adapters.config import parse_config
from mailbot.adapters.letters import letter_context
from mailbot.adapters.render import DEFAULT_TEMPLATES, Rendered, make_env, render_blocks
from mailbot.domain.salutation import salutation
from mailbot.errors import ConfigError
from tests.botenv import (
    BOB,
    Runner,
    at,
    config_text,
    invoice_mail,
    make_config,
    write_config,
)

ENV = make_env()
LANGS = ("en", "de", "id", "ru")
TODAY = date(2026, 12, 8)

# ------------------------------------------------------------------ salutation


@pytest.mark.parametrize(("name", "lang", "expected"), [
    # German: a title, or a first name that names one gender, else the neutral form
    ("Frau Dr. Anna Weber", "de", "Sehr geehrte Frau Dr. Weber,"),
    ("Herr Schmidt", "de", "Sehr geehrter Herr Schmidt,"),
    ("Weber, Anna", "de", "Sehr geehrte Frau Weber,"),
    ("Thomas Müller", "de", "Sehr geehrter Herr Müller,"),
    ("Sabine Krüger", "de", "Sehr geehrte Frau Krüger,"),
    ("Andrea Rossi", "de", "Sehr geehrte Damen und Herren,"),  # Andrea: either
    ("Alex Schmidt", "de", "Sehr geehrte Damen und Herren,"),
    ("Buchhaltung", "de", "Sehr geehrte Damen und Herren,"),
    ("Thomas", "de", "Sehr geehrte Damen und Herren,"),  # no surname to address
    ("", "de", "Sehr geehrte Damen und Herren,"),
    # Indonesian: Bapak or Ibu where the title says it, else both
    ("Budi Santoso", "id", "Yth. Bapak/Ibu Budi Santoso,"),
    ("Ibu Sari Dewi", "id", "Yth. Ibu Sari Dewi,"),
    ("Pak Budi", "id", "Yth. Bapak Budi,"),
    ("", "id", "Yth. Bapak/Ibu,"),
    # Russian: first name and patronymic, in either order of the full name
    ("Иванов Иван Иванович", "ru", "Уважаемый Иван Иванович!"),
    ("Иван Петрович Сидоров", "ru", "Уважаемый Иван Петрович!"),
    ("Анна Сергеевна Петрова", "ru", "Уважаемая Анна Сергеевна!"),
    ("Петрова Анна Сергеевна", "ru", "Уважаемая Анна Сергеевна!"),
    ("Бабич Ольга Никитична", "ru", "Уважаемая Ольга Никитична!"),
    ("Лукин Пётр Ильич", "ru", "Уважаемый Пётр Ильич!"),
    ("Анна Бабич", "ru", "Здравствуйте, Анна Бабич!"),  # "-ич" here is a surname
    ("Ivan Petrovich", "ru", "Уважаемый Ivan Petrovich!"),
    ("Alice", "ru", "Здравствуйте, Alice!"),
    ("", "ru", "Здравствуйте!"),
    # English
    ("Alice Smith", "en", "Dear Alice Smith,"),
    ("Mr. John Smith", "en", "Dear Mr Smith,"),
    ("Mrs Jane Roe", "en", "Dear Ms Roe,"),
    ("Dr. Jane Roe", "en", "Dear Dr. Roe,"),
    ("", "en", "Hello,"),
    ("Anna Weber", "fr", "Dear Anna Weber,"),  # no French letters: the English ones
])
def test_salutation(name, lang, expected):
    assert salutation(name, lang) == expected


# ------------------------------------------------------------------ config

COMPANY = """
[company]
name = "Acme Design GmbH"
signature = "Your accounts team"

[company.payment]
holder = "Acme Design GmbH"
iban = "de89370400440532013000"
bic = "COBADEFFXXX"
link = "https://pay.acme.test/?ref={reference}"
reference = "ACME {number}"

[company.payment.local]
bank = "Bank Central Asia"
number = "123 456 7890"

[company.payment.virtual_accounts]
"Globex" = { bank = "BCA", number = "8808 0012 3456" }
"initech.test" = { number = "7001 0099" }

[company.i18n.de]
signature = "Ihre Buchhaltung"
note = "Bitte geben Sie den Verwendungszweck genau an."

[company.i18n.ru]
name = "ООО «Акме Дизайн»"
signature = "Бухгалтерия"
"""


def config(dovecot_free_company: str = COMPANY):
    base = config_text(SimpleNamespace(imap_port=1, users={"ar": "x"}),
                       SimpleNamespace(port=2), "sqlite:///x.db")
    head, _, rest = base.partition("[company]")
    rest = rest.split("\n[staff]", 1)[1]
    return parse_config(head + dovecot_free_company + "\n[staff]" + rest, "config.toml")


def test_payment_details_are_read_and_normalised():
    p = config().company.payment
    assert p is not None
    assert p.iban == "DE89 3704 0044 0532 0130 00"
    assert p.bic == "COBADEFFXXX"
    assert p.local is not None
    assert p.local.bank == "Bank Central Asia"
    assert set(p.virtual_accounts) == {"globex", "initech.test"}


@pytest.mark.parametrize(("bad", "key", "what"), [
    ('iban = "de89370400440532013000"', 'iban = "DE89 3704 0044 0532 0130 01"',
     "company.payment.iban: .*not a valid IBAN"),
    ('bic = "COBADEFFXXX"', 'bic = "COBAXXFFXXX"', "company.payment.bic: .*not a valid BIC"),
    ('link = "https://pay.acme.test/?ref={reference}"', 'link = "https://pay.test/?{invoice}"',
     "company.payment.link: .*only {reference}"),
    ('reference = "ACME {number}"', 'reference = "ACME {nummer}"',
     "company.payment.reference: .*only {number}"),
])
def test_a_bad_payment_detail_is_a_clear_config_error(bad, key, what):
    with pytest.raises(ConfigError, match=rf"^config.toml: {what}"):
        config(COMPANY.replace(bad, key))


def test_the_old_payment_instructions_string_still_loads():
    cfg = config('[company]\nname = "Acme"\npayment_instructions = "IBAN DE89 ..."\n')
    assert cfg.company.payment is None
    assert cfg.company.payment_instructions == "IBAN DE89 ..."


def test_a_company_must_say_how_clients_pay():
    with pytest.raises(ConfigError, match=r"^config.toml: company: .*how clients pay"):
        config('[company]\nname = "Acme"\n')


def test_the_example_config_loads_with_structured_payment_details():
    from mailbot.adapters.config import load_config

    cfg = load_config(Path(__file__).resolve().parent.parent / "config.example.toml")
    assert cfg.company.payment is not None
    assert cfg.company.payment.iban


# ------------------------------------------------------------------ letters


def inv(number: str = "INV-2026-001", amount: str = "1234.56",
        due: date = date(2026, 12, 3), currency: str = "EUR") -> dict[str, Any]:
    return {"number": number, "amount": Decimal(amount), "balance": Decimal(amount),
            "currency": currency, "due_date": due, "issue_date": due - timedelta(days=30),
            "days_late": (TODAY - due).days}


def letter(name: str, lang: str, *invoices: dict[str, Any], debtor: str = "Client GmbH",
           contact: str = "Anna Weber", emails: tuple[str, ...] = ("anna@client.test",),
           company: str = COMPANY) -> Rendered:
    ctx = letter_context(config(company).company, lang, debtor=SimpleNamespace(name=debtor),
                         contact_name=contact, contact_emails=list(emails),
                         invoices=list(invoices or [inv()]), show_payment=True)
    return render_blocks(ENV, name, lang, ctx)


LABELS = {  # lang: (holder, reference, link) labels
    "en": ("Account holder: Acme Design GmbH", "Reference to quote: ACME INV-2026-001",
           "Pay online: https://pay.acme.test/?ref=ACME%20INV-2026-001"),
    "de": ("Kontoinhaber: Acme Design GmbH", "Verwendungszweck: ACME INV-2026-001",
           "Online bezahlen: https://pay.acme.test/?ref=ACME%20INV-2026-001"),
    "id": ("Atas nama: Acme Design GmbH", "Berita transfer: ACME INV-2026-001",
           "Bayar secara online: https://pay.acme.test/?ref=ACME%20INV-2026-001"),
    "ru": ("Получатель: Acme Design GmbH", "Назначение платежа: ACME INV-2026-001",
           "Оплатить онлайн: https://pay.acme.test/?ref=ACME%20INV-2026-001"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_payment_details_are_labelled_in_the_letters_language(lang):
    r = letter("past_due", lang)
    holder, reference, link = LABELS[lang]
    for line in (holder, "IBAN: DE89 3704 0044 0532 0130 00", reference, link):
        assert line in r.text.splitlines()
    assert "COBADEFFXXX" in r.text
    assert "123 456 7890" in r.text  # the local account
    assert "8808" not in r.text  # another debtor's virtual account
    for english in ("Account holder", "Reference to quote", "Pay online"):
        assert (english in r.text) == (lang == "en")


def test_a_debtor_with_a_virtual_account_is_told_its_own():
    by_name = letter("past_due", "id", debtor="Globex")
    assert "Bank virtual account: BCA" in by_name.text
    assert "Nomor virtual account Anda: 8808 0012 3456" in by_name.text
    by_domain = letter("past_due", "id", debtor="Initech",
                       emails=("ap@finance.initech.test",))
    assert "Nomor virtual account Anda: 7001 0099" in by_domain.text


def test_a_statement_links_each_invoice_and_lists_every_reference():
    r = letter("statement", "en", inv("INV-1"), inv("INV-2", due=date(2026, 11, 20)))
    assert "References to quote: ACME INV-1, ACME INV-2" in r.text
    assert "Pay invoice INV-1 online: https://pay.acme.test/?ref=ACME%20INV-1" in r.text
    assert "Pay invoice INV-2 online: https://pay.acme.test/?ref=ACME%20INV-2" in r.text


def test_name_signature_and_note_per_language_fall_back_to_the_defaults():
    de, ru, en = (letter("past_due", lang) for lang in ("de", "ru", "en"))
    assert de.text.rstrip().endswith("Mit freundlichen Grüßen\nIhre Buchhaltung\nAcme Design GmbH")
    assert "Bitte geben Sie den Verwendungszweck genau an." in de.text
    assert ru.text.rstrip().endswith("С уважением,\nБухгалтерия\nООО «Акме Дизайн»")
    assert en.text.rstrip().endswith("Kind regards,\nYour accounts team\nAcme Design GmbH")
    assert "Verwendungszweck genau" not in en.text + ru.text


def test_the_salutation_heads_every_letter():
    assert letter("past_due", "de", contact="Frau Anna Weber").text.startswith(
        "Sehr geehrte Frau Weber,\n\nwir hoffen")
    assert letter("pre_due", "ru", contact="Петрова Анна Сергеевна").text.startswith(
        "Уважаемая Анна Сергеевна!\n\nНадеемся")
    assert letter("thank_you", "id", contact="Ibu Sari").text.startswith("Yth. Ibu Sari,")


# ------------------------------------------------------------------ html == text


class _Visible(HTMLParser):
    """The text a reader sees in html: no head, no invoice listing (a table that is not
    role="presentation"), which is compared fact by fact instead."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.stack: list[bool] = []
        self.href = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":  # a link says its label, then where it goes (as text says both)
            self.href = dict(attrs).get("href") or ""
        if tag == "head":
            self.skip += 1
        if tag == "table":
            listing = ("role", "presentation") not in attrs
            self.stack.append(listing)
            self.skip += listing

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and not self.skip:
            self.parts.append(self.href)
        if tag == "head":
            self.skip -= 1
        if tag == "table" and self.stack.pop():
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def html_words(html: str) -> list[str]:
    parser = _Visible()
    parser.feed(html)
    return words(" ".join(parser.parts))


def text_words(text: str) -> list[str]:
    return words("\n".join(line for line in text.splitlines() if not line.startswith("  ")))


def client_templates(lang: str) -> list[str]:
    return sorted(p.stem for p in (DEFAULT_TEMPLATES / lang).glob("[!_]*.j2")
                  if p.stem not in ("digest",) and not p.stem.startswith("staff_"))


@pytest.mark.parametrize("lang", LANGS)
def test_html_says_what_the_text_says(lang):
    invoices = (inv("INV-1"), inv("INV-2", "99.5", due=TODAY + timedelta(days=9)))
    for name in client_templates(lang):
        r = letter(name, lang, *invoices, contact="Frau Anna Weber")
        assert text_words(r.text) == html_words(r.html), name
        for i in invoices:  # the listing: the same invoices, amounts and dates
            for fact in (i["number"], ENV.filters["money"](i["balance"], "EUR", lang),
                         ENV.filters["day"](i["due_date"], lang)):
                assert (fact in r.text) == (fact in r.html), (name, fact)


def test_the_comparison_sees_a_difference():
    r = letter("past_due", "en")
    assert text_words(r.text) != html_words(r.html.replace("Reference to quote", "Ref"))


@pytest.mark.parametrize("lang", LANGS)
def test_html_is_made_for_mail_clients(lang):
    html = letter("past_due", lang).html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert '<meta charset="utf-8">' in html
    assert "max-width: 600px" in html
    assert "<style" not in html  # every style inline: many clients drop <style>
    assert "class=" not in html


# ------------------------------------------------------------------ as sent


def test_mail_to_a_client_names_the_contact_and_carries_no_internal_key(
        dovecot, smtp_sink, sqlite_url):
    r = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        sent = date(2026, 11, 2)
        raw = invoice_mail("INV-700", f'"Herr Bob Meier" <{BOB}>', "900.00",
                           "Payment terms: net 30 days", at(sent, 10))
        dovecot.append("ar", raw)
        r.sync(at(sent, 11))
        r.tick(at(sent + timedelta(days=3), 10))
        (got,) = [m for m in smtp_sink.messages if BOB in m.rcpt_tos]
        msg = message_from_bytes(got.data, policy=policy.default)
        assert str(msg["To"]) == f"Herr Bob Meier <{BOB}>"
        assert msg["X-Mailbot-Action"] is None
        assert not [k for k in msg if k.lower().startswith("x-mailbot")]
        assert "chase" not in str(msg.items())
        assert "receipt_check" not in str(msg.items())
        assert msg.get_body(("plain",)).get_content().startswith("Dear Mr Meier,")
    finally:
        r.close()


# ------------------------------------------------------------------ mailbot preview

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "config.example.toml"


def mailbot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mailbot", *args], capture_output=True,
                          text=True, timeout=60, cwd=ROOT, check=False)


def test_preview_shows_a_sample_letter_and_writes_its_html(tmp_path):
    html = tmp_path / "letter.html"
    proc = mailbot("preview", "past_due_8", "--lang", "de", "--html", str(html),
                   "--config", str(EXAMPLE), "--now", "2026-12-08T10:00")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("From: Example Ltd Accounts <ar@example.com>\n"
                          "To: Frau Anna Weber <client@example.com>\n"
                          "Subject: Rechnung INV-2026-0042: Wann dürfen wir mit der Zahlung")
    assert "\n\nSehr geehrte Frau Weber,\n\nwir hoffen" in out
    assert "Kontoinhaber: Example Ltd" in out
    assert "Verwendungszweck: INV-2026-0042" in out
    assert "(seit 8 Tagen überfällig)" in out
    assert out.rstrip().endswith("Mit freundlichen Grüßen\nIhre Buchhaltung\nExample Ltd")
    page = html.read_text(encoding="utf-8")
    assert '<html lang="de">' in page
    assert "Sehr geehrte Frau Weber," in page


@pytest.mark.parametrize(("args", "says"), [
    (("no_such_stage",), "no stage 'no_such_stage': one of receipt_check"),
    (("phone_call_task",), "phone_call_task is a note to staff"),
])
def test_preview_of_something_that_is_no_letter_is_one_clear_line(args, says):
    proc = mailbot("preview", *args, "--config", str(EXAMPLE))
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("mailbot: error: ")
    assert says in line


def test_preview_of_a_real_invoice_is_the_letter_as_sent(dovecot, smtp_sink, sqlite_url,
                                                         tmp_path):
    path = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)
    r = Runner.open(make_config(dovecot, smtp_sink, sqlite_url))
    try:
        sent = date(2026, 11, 2)
        dovecot.append("ar", invoice_mail("INV-701", f'"Herr Bob Meier" <{BOB}>', "900.00",
                                          "Payment terms: net 30 days", at(sent, 10)))
        r.sync(at(sent, 11))
        when = at(sent + timedelta(days=3), 10)
        r.tick(when)
    finally:
        r.close()
    (got,) = [m for m in smtp_sink.messages if BOB in m.rcpt_tos]
    msg = message_from_bytes(got.data, policy=policy.default)
    html = tmp_path / "preview.html"
    proc = mailbot("preview", "receipt_check", "--invoice", "INV-701", "--html", str(html),
                   "--config", str(path), "--now", when.isoformat())
    assert proc.returncode == 0, proc.stderr
    head, _, text = proc.stdout.partition("\n\n")
    assert head.splitlines() == [f"From: {msg['From']}", f"To: {msg['To']}",
                                 f"Subject: {msg['Subject']}"]
    assert text == msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert html.read_text(encoding="utf-8") == \
        msg.get_body(("html",)).get_content().replace("\r\n", "\n").rstrip("\n")

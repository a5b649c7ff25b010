"""Templates and outgoing mail: mailbot.adapters.render with templates/en/*.j2, and the digest's
content from mailbot.playbook.digest. The context is built the way Scheduler._queue_mail does."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from types import SimpleNamespace
from typing import Any

import pytest

from mailbot.adapters.config import CompanyConfig
from mailbot.adapters.letters import letter_context
from mailbot.adapters.render import Rendered, build_email, make_env, mint_message_id, render_blocks
from mailbot.domain.money import Rates
from mailbot.domain.values import InvoiceState, InvoiceView
from mailbot.playbook.digest import BUCKETS, Line, bucket_of, build_digest
from mailbot.playbook.profile import ProfileConfig, rank

ENV = make_env()
COMPANY = CompanyConfig(
    name="Example Ltd",
    payment_instructions="Bank transfer to Example Ltd\nIBAN GB33 BUKB 2020 1555 5555 55",
    payment_link="https://pay.example.com/",
    signature="The Accounts Team",
)
TODAY = date(2026, 12, 8)
RATES = Rates("EUR", {"USD": Decimal("0.92"), "IDR": Decimal("0.000055")})
IGNORE_IF_PAID = "If you have already paid, please ignore this message"

# the later notes and the ladder's letters (sent only when staff approve one)
LATE_TEMPLATES = ("past_due_30", "past_due_45", "ladder_installment_offer", "ladder_credit_hold",
                  "ladder_demand", "ladder_collection_agency", "ladder_settlement")
CHASE_TEMPLATES = ("receipt_check", "pre_due", "past_due", "past_due_ask_date", "statement",
                   *LATE_TEMPLATES)
THANK_YOU_TEMPLATES = ("thank_you", "thank_you_on_time")
CLIENT_TEMPLATES = CHASE_TEMPLATES + THANK_YOU_TEMPLATES
STAFF_TEMPLATES = ("staff_late_notice", "staff_call_task")


def inv(number: str = "INV-2026-001", amount: str = "1234.56", paid: str = "0",
        due: date = date(2026, 12, 3), currency: str = "EUR") -> dict[str, Any]:
    """One invoice as scheduler.invoice_context() gives it to a template."""
    return {"number": number, "amount": Decimal(amount),
            "balance": Decimal(amount) - Decimal(paid), "currency": currency,
            "due_date": due, "issue_date": due - timedelta(days=30),
            "days_late": (TODAY - due).days}


def context(*invoices: dict[str, Any], show_payment: bool = True, contact_name: str = "Alice",
            debtor_name: str = "Client GmbH", company: CompanyConfig = COMPANY,
            lang: str = "en") -> dict[str, Any]:
    """The context Scheduler._queue_mail builds (mailbot.adapters.letters)."""
    return letter_context(company, lang, debtor=SimpleNamespace(name=debtor_name),
                          contact_name=contact_name, contact_emails=["alice@client.test"],
                          invoices=list(invoices or [inv()]), show_payment=show_payment)


def render(name: str, ctx: dict[str, Any] | None = None, lang: str = "en") -> Rendered:
    return render_blocks(ENV, name, lang, ctx or context(show_payment=name in CHASE_TEMPLATES))


# ------------------------------------------------------------------ client mail

@pytest.mark.parametrize("name", CLIENT_TEMPLATES)
def test_every_client_template_renders_subject_text_and_html(name):
    r = render(name)
    assert r.subject
    assert "\n" not in r.subject
    assert "INV-2026-001" in r.subject or "Example Ltd" in r.subject
    assert r.text.startswith("Dear Alice,")
    assert "I hope you are well" in r.text  # a greeting before the reminder
    assert r.text.rstrip().endswith("The Accounts Team\nExample Ltd")
    assert r.html.startswith("<!DOCTYPE html>")
    assert "<p>Dear Alice,</p>" in r.html
    assert r.html.rstrip().endswith("</html>")
    for part in (r.subject, r.text, r.html):
        assert "{{" not in part
        assert "{%" not in part


@pytest.mark.parametrize("name", CHASE_TEMPLATES)
def test_every_chaser_carries_complete_payment_information(name):
    r = render(name)
    for part in (r.text, r.html):
        assert "INV-2026-001" in part
        assert "€1,234.56" in part
        assert "December 3, 2026" in part
        assert "IBAN GB33 BUKB 2020 1555 5555 55" in part
        assert "https://pay.example.com/" in part
    assert "reply to this email" in r.text  # invites the client to get in touch


@pytest.mark.parametrize("name", ["past_due", "past_due_ask_date", "statement"])
def test_past_due_mail_says_ignore_it_if_already_paid(name):
    r = render(name)
    assert IGNORE_IF_PAID in r.text
    assert IGNORE_IF_PAID in r.html


@pytest.mark.parametrize("name", ["receipt_check", "pre_due", *THANK_YOU_TEMPLATES])
def test_mail_about_invoices_not_yet_due_has_no_past_due_wording(name):
    ctx = context(inv(due=TODAY + timedelta(days=3)), show_payment=name in CHASE_TEMPLATES)
    assert IGNORE_IF_PAID not in render(name, ctx).text


def test_a_statement_of_invoices_not_yet_due_has_no_past_due_wording():
    ctx = context(inv("INV-1", due=TODAY + timedelta(days=2)),
                  inv("INV-2", due=TODAY + timedelta(days=20)))
    assert IGNORE_IF_PAID not in render("statement", ctx).text


def test_the_statement_lists_every_invoice_with_its_open_balance():
    ctx = context(inv("INV-1", "1000.00", paid="400.00"),
                  inv("INV-2", "250.00", due=date(2026, 11, 20)))
    r = render("statement", ctx)
    assert r.subject == "Statement of open invoices from Example Ltd"
    assert "Invoice INV-1: €600.00, due December 3, 2026 (5 days past due)" in r.text
    assert "Invoice INV-2: €250.00, due November 20, 2026 (18 days past due)" in r.text
    assert r.html.count("<tr><td>INV-") == 2


def test_ask_date_mail_asks_when_payment_will_come():
    r = render("past_due_ask_date")
    assert "when can we expect payment" in r.subject
    assert "let us know when" in r.text


@pytest.mark.parametrize("name", THANK_YOU_TEMPLATES)
def test_thank_you_mail_has_no_payment_request(name):
    r = render(name)
    assert "Thank you" in r.subject
    assert "INV-2026-001" in r.subject
    assert "How to pay" not in r.text
    assert "IBAN" not in r.text
    assert "IBAN" not in r.html


def test_on_time_payers_get_a_warmer_thank_you():
    warm, plain = render("thank_you_on_time"), render("thank_you")
    assert "right on time" in warm.text
    assert "right on time" not in plain.text


def test_without_a_contact_name_the_greeting_is_generic():
    r = render("pre_due", context(contact_name=""))
    assert r.text.startswith("Hello,")


def test_html_escapes_names_and_text_escapes_nothing():
    r = render("past_due", context(contact_name="<Evil & Co>"))
    assert "Dear <Evil & Co>," in r.text
    assert "&lt;Evil &amp; Co&gt;" in r.html
    assert "<Evil" not in r.html


def test_html_escapes_company_payment_instructions():
    company = COMPANY.model_copy(update={"payment_instructions": "Pay <b>now</b> & quote ref"})
    ctx = context(company=company)
    r = render("past_due", ctx)
    assert "Pay &lt;b&gt;now&lt;/b&gt; &amp; quote ref" in r.html
    assert "<b>now</b>" not in r.html


@pytest.mark.parametrize("name", STAFF_TEMPLATES)
def test_staff_templates_render_and_escape_the_debtor_name(name):
    r = render(name, context(debtor_name="<Evil & Co>", show_payment=False))
    assert r.subject.startswith("[mailbot]")
    assert "<Evil & Co>" in r.subject
    assert "<Evil & Co>" in r.text
    assert "INV-2026-001" in r.text
    assert "€1,234.56" in r.text
    assert "5 days" in r.text
    assert "&lt;Evil &amp; Co&gt;" in r.html
    assert "<Evil" not in r.html


def test_a_language_without_templates_falls_back_to_english_with_local_formats():
    r = render("past_due", context(inv(amount="1234.56")), lang="fr")
    assert IGNORE_IF_PAID in r.text
    assert "1\u202f234,56\xa0€" in r.text
    assert "3 décembre 2026" in r.text


def test_amounts_use_the_invoice_currency():
    r = render("pre_due", context(inv(amount="1500000", currency="IDR")), lang="id")
    assert "Rp1.500.000,00" in r.text


def test_an_unknown_template_is_a_lookup_error():
    with pytest.raises(LookupError, match="no_such_template"):
        render("no_such_template")


# ------------------------------------------------------------------ build_email

NOW = datetime(2026, 12, 8, 10, 0, tzinfo=UTC)


def test_build_email_sets_the_headers_the_bot_relies_on():
    mid = mint_message_id("example.com")
    thread = ["<invoice-1@example.com>", "<mailbot.aaa@example.com>"]
    msg = build_email(render("past_due"), sender="ar@example.com",
                      sender_name="Example Ltd Accounts", to=["alice@client.test"],
                      cc=["sam@example.com"], now=NOW, message_id=mid, thread=thread,
                      request_receipt=True, action_key="chase:1.past_due_5")
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert parsed["Message-ID"] == mid
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["Disposition-Notification-To"] == "ar@example.com"
    assert parsed["In-Reply-To"] == "<invoice-1@example.com>"
    assert parsed["References"] == "<invoice-1@example.com> <mailbot.aaa@example.com>"
    assert parsed["X-Mailbot-Action"] == "chase:1.past_due_5"
    assert parsed["From"] == "Example Ltd Accounts <ar@example.com>"
    assert parsed["To"] == "alice@client.test"
    assert parsed["Cc"] == "sam@example.com"
    assert parsed["Subject"] == "Invoice INV-2026-001 is past due"
    assert parsed["Date"].datetime == NOW
    assert parsed.get_content_type() == "multipart/alternative"
    text = parsed.get_body(("plain",)).get_content()
    html = parsed.get_body(("html",)).get_content()
    assert IGNORE_IF_PAID in text
    assert IGNORE_IF_PAID in html


def test_build_email_without_thread_or_receipt_request():
    msg = build_email(render("thank_you"), sender="ar@example.com", sender_name="AR",
                      to=["alice@client.test"], now=NOW, message_id="<m1@example.com>")
    assert msg["Disposition-Notification-To"] is None
    assert msg["In-Reply-To"] is None
    assert msg["References"] is None
    assert msg["Cc"] is None
    assert msg["Auto-Submitted"] == "auto-generated"


def test_build_email_can_leave_out_auto_submitted():
    msg = build_email(render("thank_you"), sender="ar@example.com", sender_name="AR",
                      to=["a@client.test"], now=NOW, message_id="<m2@example.com>",
                      auto_submitted=False)
    assert msg["Auto-Submitted"] is None


def test_non_ascii_subjects_and_names_survive_encoding():
    ctx = context(contact_name="Jürgen Müller")
    msg = build_email(render("past_due", ctx), sender="ar@example.com",
                      sender_name="Büro Buchhaltung", to=["j@kunde.test"], now=NOW,
                      message_id="<m3@example.com>")
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert parsed["From"].addresses[0].display_name == "Büro Buchhaltung"
    assert "Dear Jürgen Müller," in parsed.get_body(("plain",)).get_content()


def test_minted_message_ids_are_unique_and_on_the_given_domain():
    ids = {mint_message_id("ar.example.com") for _ in range(100)}
    assert len(ids) == 100
    assert all(i.startswith("<mailbot.") and i.endswith("@ar.example.com>") for i in ids)


# ------------------------------------------------------------------ digest

def view(id: int, number: str, debtor_id: int, amount: str, due: date, *, paid: str = "0",
         state: InvoiceState = InvoiceState.OPEN, currency: str = "EUR",
         hold_reason: str | None = None) -> InvoiceView:
    return InvoiceView(id=id, number=number, debtor_id=debtor_id, state=state,
                       amount=Decimal(amount), paid_amount=Decimal(paid), currency=currency,
                       issue_date=due - timedelta(days=30), due_date=due,
                       sent_at=datetime(2026, 1, 1, tzinfo=UTC), seen=False,
                       hold_until=None, hold_reason=hold_reason, stages_done=frozenset())


def sample_digest():
    invoices = [
        view(1, "INV-1", 1, "250.00", TODAY - timedelta(days=10)),
        view(2, "INV-2", 2, "15000.00", TODAY - timedelta(days=5)),
        view(3, "INV-3", 1, "400.00", TODAY + timedelta(days=10)),
        view(4, "INV-4", 2, "1000.00", TODAY - timedelta(days=45), paid="300.00",
             state=InvoiceState.PARTIAL),
        view(5, "INV-5", 1, "999.00", TODAY - timedelta(days=50),
             state=InvoiceState.DISPUTED),
        view(6, "INV-6", 1, "500.00", TODAY - timedelta(days=3), state=InvoiceState.PAID,
             paid="500.00"),
        view(7, "INV-7", 2, "80.00", TODAY - timedelta(days=70),
             state=InvoiceState.WRITTEN_OFF),
        view(8, "INV-8", 1, "250.00", TODAY - timedelta(days=20), hold_reason="promise"),
        view(9, "INV-9", 3, "1500000", TODAY - timedelta(days=75), currency="IDR"),
    ]
    names = {1: "Initech", 2: "<Evil & Co>", 3: "PT Maju"}
    return build_digest(
        TODAY, invoices, names,
        arrived=[Line("Payment EUR 860.00", "INV-200")],
        sent=[Line("past_due to Initech")],
        needs_human=[Line("Bounce from <x@y.test>", "no failed recipient")],
        ranking=rank(TODAY, invoices, {}, RATES, ProfileConfig()),
    )


def test_bucket_boundaries():
    assert [bucket_of(n) for n in (-5, 0, 1, 30, 31, 60, 61, 90, 91, 400)] == [
        "not yet due", "not yet due", "1-30 days", "1-30 days", "31-60 days", "31-60 days",
        "61-90 days", "61-90 days", "over 90 days", "over 90 days"]


def test_digest_groups_open_invoices_by_age_in_bucket_order():
    digest = sample_digest()
    names = [name for name, _, _ in digest.aging]
    assert names == ["not yet due", "1-30 days", "31-60 days", "61-90 days"]  # empty omitted
    assert names == [b[0] for b in BUCKETS if b[0] in names]
    numbers = {name: [r.number for r in rows] for name, rows, _ in digest.aging}
    assert numbers["not yet due"] == ["INV-3"]
    assert numbers["31-60 days"] == ["INV-5", "INV-4"]  # the disputed one stays visible
    assert numbers["61-90 days"] == ["INV-9"]


def test_digest_leaves_out_paid_and_written_off_invoices():
    listed = {r.number for _, rows, _ in sample_digest().aging for r in rows}
    assert "INV-6" not in listed
    assert "INV-7" not in listed


def test_digest_orders_each_bucket_by_amount_then_age():
    [rows] = [rows for name, rows, _ in sample_digest().aging if name == "1-30 days"]
    # $15,000 before $250; of the two 250.00 invoices, the older first
    assert [r.number for r in rows] == ["INV-2", "INV-8", "INV-1"]


def test_digest_rows_carry_balance_lateness_and_notes():
    rows = {r.number: r for _, rs, _ in sample_digest().aging for r in rs}
    assert rows["INV-4"].balance == Decimal("700.00")
    assert rows["INV-4"].days_late == 45
    assert rows["INV-4"].note == "partial"
    assert rows["INV-5"].note == "disputed"
    assert rows["INV-8"].note == "promise"
    assert rows["INV-1"].note == ""
    assert rows["INV-2"].debtor == "<Evil & Co>"


def test_digest_totals_per_currency_and_per_bucket():
    digest = sample_digest()
    assert digest.totals == {"EUR": Decimal("17599.00"), "IDR": Decimal(1500000)}
    sums = {name: s for name, _, s in digest.aging}
    assert sums["1-30 days"] == {"EUR": Decimal("15500.00")}
    assert sums["31-60 days"] == {"EUR": Decimal("1699.00")}
    assert sums["61-90 days"] == {"IDR": Decimal(1500000)}


def test_digest_template_renders_the_digest():
    r = render_blocks(ENV, "digest", "en", {"digest": sample_digest()})
    assert r.subject == "[mailbot] Daily digest December 8, 2026: 1 needs you"
    assert "NEEDS YOU TODAY (1)" in r.text
    assert "- Bounce from <x@y.test>: no failed recipient" in r.text
    assert "- Payment EUR 860.00: INV-200" in r.text
    assert "- past_due to Initech" in r.text
    assert "INV-2  <Evil & Co> (new)  €15,000.00  due 2026-12-03" in r.text
    assert "INV-9  PT Maju (avoider)  IDR1,500,000.00 (€82.50)  due" in r.text
    assert "[partial]" in r.text
    assert "Total open EUR: €17,599.00" in r.text
    assert "Total open IDR: IDR1,500,000.00" in r.text
    assert r.text.index("not yet due:") < r.text.index("1-30 days:") < r.text.index(
        "61-90 days:")
    assert "&lt;Evil &amp; Co&gt;" in r.html
    assert "<Evil" not in r.html
    assert "Bounce from &lt;x@y.test&gt;" in r.html


def test_digest_orders_each_bucket_by_priority_across_currencies():
    from mailbot.playbook.profile import History

    late = TODAY - timedelta(days=10)
    invoices = [view(1, "EUR-1200", 1, "1200.00", late), view(2, "IDR-33M", 2, "33300000", late,
                                                              currency="IDR"),
                view(3, "EUR-2000", 3, "2000.00", late), view(4, "USD-250", 4, "250.00", late,
                                                              currency="USD"),
                view(5, "USD-15000", 5, "15000.00", late, currency="USD")]
    reliable = History(paid=30, paid_on_time=30)  # debtor 4: years of paying on time
    digest = build_digest(TODAY, invoices, {}, [], [], [], ranking=rank(
        TODAY, invoices, dict.fromkeys((1, 2, 3, 4), reliable) | {5: History()}, RATES,
        ProfileConfig()))
    [(_, rows, _)] = digest.aging
    assert [r.number for r in rows] == ["USD-15000", "EUR-2000", "IDR-33M", "EUR-1200",
                                        "USD-250"]
    assert [r.kind for r in rows] == ["new", "reliable", "reliable", "reliable", "reliable"]
    assert rows[2].in_company == Decimal("1831.50")


def test_needs_a_human_comes_by_the_debtors_priority_with_its_kind_and_money():
    invoices = [view(1, "SMALL", 1, "100.00", TODAY - timedelta(days=40)),
                view(2, "BIG", 2, "9000.00", TODAY - timedelta(days=3), currency="USD"),
                view(3, "NORATE", 3, "5000.00", TODAY - timedelta(days=3), currency="GBP")]
    needs = [Line("no debtor: unreadable mail"), Line("reply from small", debtor_id=1),
             Line("reply from big", debtor_id=2), Line("reply from no-rate", debtor_id=3)]
    digest = build_digest(TODAY, invoices, {}, [], [], needs,
                          ranking=rank(TODAY, invoices, {}, RATES, ProfileConfig()))
    assert [x.text for x in digest.needs_human] == [
        ("no exchange rate for GBP: 1 open invoice(s) in GBP are ranked without their amount;"
        " set GBP = \"...\" under [exchange_rates] (what 1 GBP is worth in EUR)"),
        "reply from big", "reply from small", "reply from no-rate", "no debtor: unreadable mail"]
    about = {x.text: x.about for x in digest.needs_human}
    assert about["reply from big"] == "new, €8,280.00 open"
    assert about["reply from no-rate"] == "new, £5,000.00 (no rate)"
    r = render_blocks(ENV, "digest", "en", {"digest": digest})
    assert "- reply from big [new, €8,280.00 open]" in r.text
    assert "NORATE  ? (new)  £5,000.00 (no rate)  due" in r.text
    assert "BIG  ? (new)  $9,000.00 (€8,280.00)  due" in r.text


def test_an_empty_digest_says_so():
    digest = build_digest(TODAY, [], {}, [], [], [],
                          ranking=rank(TODAY, [], {}, RATES, ProfileConfig()))
    r = render_blocks(ENV, "digest", "en", {"digest": digest})
    assert r.subject.endswith(": nothing needs you")
    assert "- nothing today" in r.text
    assert "- none open" in r.text
    assert "No open invoices." in r.html

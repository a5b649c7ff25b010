"""Send windows and compliance end to end: invoices and replies through the private
Dovecot, the bot ticking over simulated time on SQLite and PostgreSQL, and what each
client (and staff) receives at the SMTP sink, and when.

An Indonesian debtor (learnt from the e-invoice's buyer country) is not mailed on
Independence Day and gets mail in Jakarta's hours; a German debtor of a British company
(from the staff's profile table, which beats the invoice's British address) keeps German
holidays; staff notices keep the company's hours and holidays; no debtor gets more than
two mails of any kind in 7 days; a reply in German teaches a debtor whose language was
only defaulted; `mailbot plan` shows a step a holiday moved."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, select

from mailbot.adapters.models import Contact, Debtor, Event, Outbox
from mailbot.app import staff
from tests.botenv import (
    AR,
    AUTHSERV,
    BANK,
    BOB,
    CAROL,
    STAFF,
    TZ,
    Runner,
    action_keys,
    at,
    config_text,
    mail,
    payment_mail,
)
from tests.conftest import DOVECOT_USERS
from tests.servers import Dovecot, SmtpSink

ROOT = Path(__file__).resolve().parent.parent
JAKARTA = ZoneInfo("Asia/Jakarta")
LONDON = ZoneInfo("Europe/London")
MAJU = "finance@maju.test"
XML = (ROOT / "tests/data/einvoice/xrechnung-01.05a-INVOICE_uncefact.xml").read_bytes()


@pytest.fixture(scope="module")
def servers():
    with Dovecot(DOVECOT_USERS) as dovecot, SmtpSink(dovecot=dovecot) as sink:
        yield dovecot, sink


@pytest.fixture
def runner(servers, db_url):
    opened: list[Runner] = []

    def open_(extra: str = "", *, london: bool = False) -> Runner:
        from mailbot.adapters.config import parse_config

        text = config_text(dovecot, sink, db_url, extra=extra)
        if london:  # a British company: its zone and holidays are not the debtor's
            text = text.replace('timezone = "Europe/Berlin"', 'timezone = "Europe/London"') \
                .replace('holidays_country = "DE"', 'holidays_country = "GB"')
        r = Runner.open(parse_config(text, "test config"))
        opened.append(r)
        return r

    dovecot, sink = servers
    yield open_
    for r in opened:
        r.close()


def receive(r: Runner, dovecot: Dovecot, raw: bytes, now: datetime) -> None:
    dovecot.append("ar", raw)
    [result] = r.sync(now)
    assert result.status == "processed", result


def received(r: Runner, sink: SmtpSink, since: int, to: str,
             ) -> list[tuple[datetime, str, str]]:
    """(Date, outbox action key, subject) of the mails `to` got after the first `since`
    (mail to clients carries no internal header: the store says which action it was)."""
    mine = [m.data for m in sink.messages[since:] if to in m.rcpt_tos]
    out = []
    for raw, key in zip(mine, action_keys(r.bot.store, mine), strict=True):
        msg = message_from_bytes(raw)
        out.append((parsedate_to_datetime(msg["Date"]), key, str(msg["Subject"])))
    return out


def hourly(start: datetime, hours: int) -> list[datetime]:
    """Every hour from `start`, and two minutes past each midnight (Berlin)."""
    steps = [start + timedelta(hours=h) for h in range(hours)]
    return sorted(steps + [s.astimezone(TZ).replace(hour=0, minute=2) for s in steps[::24]])


def einvoice_mail(number: str, to: str, issued: date, country: str, when: datetime) -> bytes:
    """A staff mail with an XRechnung (CII) attached whose buyer is in `country`."""
    xml = (XML.replace(b"PRG1502112", number.encode())
           .replace(b"20150424", issued.strftime("%Y%m%d").encode())
           .replace(b"<ram:Name>[Buyer name]</ram:Name>", b"<ram:Name>PT Maju Jaya</ram:Name>")
           .replace(b"<ram:CityName>[Buyer city]</ram:CityName>\n"
                    b"                    <ram:CountryID>DE</ram:CountryID>",
                    b"<ram:CityName>Jakarta</ram:CityName>\n"
                    b"                    <ram:CountryID>" + country.encode()
                    + b"</ram:CountryID>"))
    assert country.encode() in xml
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Cc"] = STAFF, to, AR
    msg["Subject"] = f"Invoice {number}"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain="acme.test")
    msg.set_content(f"Hello,\n\nplease find attached our invoice {number}.\n\n"
                    f"Kind regards\nStaff\n")
    msg.add_attachment(xml, maintype="application", subtype="xml",
                       filename=f"{number}.xml")
    stamp = (f"Authentication-Results: {AUTHSERV}; dkim=pass header.d=acme.test; "
             f"spf=pass smtp.mailfrom=acme.test; dmarc=pass header.from=acme.test\r\n")
    return stamp.encode() + msg.as_bytes()


def debtor(r: Runner, email: str) -> Debtor:
    """The debtor `email` is a contact of."""
    with r.bot.store.session() as s:
        contact = s.exec(select(Contact).where(Contact.email == email)).first()
        assert contact is not None, email
        found = s.get(Debtor, contact.debtor_id)
        assert found is not None
        return found


# ================================================= Indonesia, from the e-invoice ====


def test_an_indonesian_debtor_is_not_mailed_on_independence_day(runner, servers):
    """The e-invoice's buyer is in Indonesia: the debtor's country is ID and its zone
    Jakarta's. Past due + 5 falls on Monday 17 August, Independence Day there (a working
    day in Berlin, where the company is): the reminder goes on Tuesday 18 August, at
    09:00 in Jakarta (04:00 in Berlin)."""
    dovecot, sink = servers
    r = runner()
    sent = datetime(2026, 7, 29, 10, tzinfo=TZ)
    receive(r, dovecot, einvoice_mail("INV-ID-1", MAJU, date(2026, 7, 29), "ID", sent),
            sent + timedelta(hours=1))
    start = len(sink.messages)
    for now in hourly(datetime(2026, 8, 16, 0, tzinfo=UTC), 3 * 24):
        r.tick(now)
    got = received(r, sink, start, MAJU)
    assert got, "no reminder at all"
    days = [when.astimezone(JAKARTA) for when, _, _ in got]
    assert all(d.date() != date(2026, 8, 17) for d in days), days
    first = days[0]
    assert first.date() == date(2026, 8, 18), first
    assert 9 <= first.hour < 17, first
    assert "past_due_5" in got[0][1]
    d = debtor(r, MAJU)
    assert (d.country, d.timezone) == ("ID", "Asia/Jakarta")
    assert d.profile_source["country"] == d.profile_source["timezone"] == "invoice"


# ============================================ Germany, from the staff's profile ====


def test_a_german_debtor_is_not_mailed_on_a_german_holiday_and_config_beats_inference(
        runner, servers):
    """A British company; staff say Globex is in Germany (by its domain). The invoice's
    billing address is in London, but the staff's setting stands. Past due + 5 falls on
    Thursday 14 May 2026, Ascension Day in Germany and a working day in Britain: the
    reminder goes on Friday 15 May, in Berlin's office hours."""
    dovecot, sink = servers
    r = runner('\n[debtors.profiles."globex.test"]\ncountry = "DE"\nlanguage = "de"\n',
               london=True)
    body = ("Hello,\n\nplease find attached invoice INV-DE-1.\n\nInvoice number: INV-DE-1\n"
            "Total amount due: EUR 400.00\nPayment terms: net 30\n\nBill to:\nGlobex Ltd\n"
            "1 High Street\nLondon EC1A 1BB, United Kingdom\n\nKind regards\nStaff\n")
    sent = datetime(2026, 4, 9, 10, tzinfo=LONDON)
    receive(r, dovecot, mail(STAFF, [BOB], "Invoice INV-DE-1", body, sent, cc=[AR]),
            sent + timedelta(hours=1))
    d = debtor(r, BOB)
    assert (d.country, d.timezone, d.language) == ("DE", "Europe/Berlin", "de")
    assert {k: d.profile_source[k] for k in ("country", "timezone", "language")} == {
        "country": "config", "timezone": "config", "language": "config"}
    with r.bot.store.session() as s:  # the invoice said Britain: it changed nothing
        changes = s.exec(select(Event).where(Event.kind == "profile_changed")).all()
    assert [e.detail["source"] for e in changes] == ["config"]
    start = len(sink.messages)
    for now in hourly(datetime(2026, 5, 13, 0, tzinfo=UTC), 3 * 24):
        r.tick(now)
    got = received(r, sink, start, BOB)
    assert got, "no reminder at all"
    local = [when.astimezone(TZ) for when, _, _ in got]
    assert all(x.date() != date(2026, 5, 14) for x in local), local
    assert local[0].date() == date(2026, 5, 15), local
    assert 9 <= local[0].hour < 17, local
    assert "Rechnung" in got[0][2]  # in the staff's language, German


# ================================================ staff: the company's window ====


def test_a_staff_notice_never_goes_out_of_the_companys_hours_or_on_a_holiday(
        runner, servers):
    """The late-week notice of an invoice due on Christmas Eve falls due on 1 January
    (a holiday in Berlin, where the company is), then a weekend: staff hear of it on
    Monday 4 January in office hours, never at 00:02 or on New Year's Day."""
    dovecot, sink = servers
    r = runner()
    sent = at(date(2026, 11, 24), 10)
    body = ("Hello,\n\nplease find attached invoice INV-NY-1.\n\nInvoice number: INV-NY-1\n"
            "Total amount due: EUR 400.00\nPayment terms: net 30\n\nKind regards\nStaff\n")
    receive(r, dovecot, mail(STAFF, [CAROL], "Invoice INV-NY-1", body, sent, cc=[AR]),
            sent + timedelta(hours=1))
    start = len(sink.messages)
    for now in hourly(datetime(2026, 12, 31, 0, tzinfo=UTC), 5 * 24):
        r.tick(now)
    notices = [(w.astimezone(TZ), k, subj) for w, k, subj in received(r, sink, start, STAFF)]
    assert notices, "no staff notice"
    for when, _, _ in notices:
        assert when.isoweekday() <= 5, notices
        assert 9 <= when.hour < 17, notices
        assert when.date() != date(2027, 1, 1), notices
    assert notices[0][0].date() == date(2027, 1, 4)
    # the day's one mail to that person (mailbot.playbook.staffmail): the late notice
    assert notices[0][1] == f"staff:2027-01-04:{STAFF}"
    assert "INV-NY-1" in notices[0][2]
    assert "days late" in notices[0][2]


# =================================================================== the weekly cap ====


def test_no_debtor_gets_more_than_two_mails_in_seven_days_of_any_kind(runner, servers):
    """Three invoices to Carol; a reminder goes out, then the bank pays two of them the
    next days: two thank-yous are due, but with the reminder that makes three mails in a
    week. The second thank-you waits until the reminder is a week old."""
    dovecot, sink = servers
    r = runner()
    d0 = date(2026, 11, 2)  # a Monday; net 14: due Monday 16 November
    for n in (1, 2, 3):
        body = (f"Hello,\n\nplease find attached invoice INV-C{n}.\n\nInvoice number: "
                f"INV-C{n}\nTotal amount due: EUR 10{n}.00\nPayment terms: net 14\n\n"
                f"Kind regards\nStaff\n")
        receive(r, dovecot, mail(STAFF, [CAROL], f"Invoice INV-C{n}", body,
                                 at(d0, 10, n), cc=[AR]), at(d0, 11, n))
    start = len(sink.messages)
    r.tick(at(d0 + timedelta(days=3), 10))  # the receipt check: one statement
    receive(r, dovecot, payment_mail("INV-C1", "101.00", at(d0 + timedelta(days=4), 8)),
            at(d0 + timedelta(days=4), 8, 5))
    receive(r, dovecot, payment_mail("INV-C2", "102.00", at(d0 + timedelta(days=4), 8, 10)),
            at(d0 + timedelta(days=4), 8, 15))
    for n in range(4, 20):
        for hh in (9, 11, 15):
            r.tick(at(d0 + timedelta(days=n), hh))
    got = received(r, sink, start, CAROL)
    kinds = [k.split(":")[0] for _, k, _ in got]
    assert kinds.count("thank_you") == 2, kinds
    assert "chase" in kinds, kinds
    times = [w for w, _, _ in got]
    for a, c in zip(times, times[2:], strict=False):
        assert c - a >= timedelta(days=7), got
    # the second thank-you waited for the receipt check's week to pass
    thanks = [w.astimezone(TZ).date() for w, k, _ in got if k.startswith("thank_you")]
    assert thanks[0] == d0 + timedelta(days=4)
    assert thanks[1] >= d0 + timedelta(days=10)
    with r.bot.store.session() as s:
        rows = s.exec(select(Outbox).where(col(Outbox.debtor_id).is_not(None))).all()
        client = sorted(o.created_at for o in rows if o.kind != "staff_notice")
    for a, c in zip(client, client[2:], strict=False):
        assert c - a >= timedelta(days=7)
    assert BANK  # the notices came from the configured bank


# ======================================================= a reply teaches a language ====


def test_a_reply_in_german_makes_a_defaulted_debtor_german(runner, servers):
    """The invoice mail was written in French (no letters in it): the debtor's language
    is only defaulted, English. Carol answers in German: from then on she is written to
    in German. A staff setting would not have moved."""
    dovecot, sink = servers
    r = runner()
    d0 = date(2026, 11, 2)
    body = ("Bonjour,\n\nveuillez trouver ci-joint notre facture INV-FR-1 pour les travaux "
            "du mois dernier. Nous vous remercions de votre confiance.\n\nInvoice number: "
            "INV-FR-1\nTotal amount due: EUR 400.00\nPayment terms: net 14\n\n"
            "Cordialement\nStaff\n")
    receive(r, dovecot, mail(STAFF, [CAROL], "Facture INV-FR-1", body, at(d0, 10), cc=[AR]),
            at(d0, 11))
    d = debtor(r, CAROL)
    assert d.language == "en"
    assert "language" not in d.profile_source
    start = len(sink.messages)
    r.tick(at(d0 + timedelta(days=3), 10))
    [(_, key, _)] = received(r, sink, start, CAROL)
    assert key.startswith("chase:")
    reply = mail(CAROL, [AR], "Re: Rechnung INV-FR-1",
                 "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Wir haben die Rechnung "
                 "INV-FR-1 erhalten und werden sie in den nächsten Tagen prüfen und "
                 "bezahlen.\n\nMit freundlichen Grüßen\nCarol\n", at(d0 + timedelta(days=4)))
    receive(r, dovecot, reply, at(d0 + timedelta(days=4), 10))
    d = debtor(r, CAROL)
    assert (d.language, d.profile_source.get("language")) == ("de", "reply")
    # staff read it and let chasing go on (a reply may hold or pause it)
    staff.resume(r.bot.store, "INV-FR-1", at(d0 + timedelta(days=4), 11), "test")
    start = len(sink.messages)
    for n in range(5, 30):
        r.tick(at(d0 + timedelta(days=n), 10))
    got = received(r, sink, start, CAROL)
    assert got
    assert all("Rechnung" in subject for _, _, subject in got), got


# =============================================================== `mailbot plan` ====


def test_mailbot_plan_shows_a_step_a_holiday_moved(runner, servers, tmp_path, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("the command line reads one store; the store is tested on both above")
    dovecot, sink = servers
    r = runner()
    sent = datetime(2026, 7, 29, 10, tzinfo=TZ)
    receive(r, dovecot, einvoice_mail("INV-ID-2", MAJU, date(2026, 7, 29), "ID", sent),
            sent + timedelta(hours=1))
    config = tmp_path / "config.toml"
    config.write_text(config_text(dovecot, sink, db_url))
    before = len(sink.messages)
    proc = subprocess.run(
        [sys.executable, "-m", "mailbot", "plan", "INV-ID-2", "--days", "40", "--config",
         str(config), "--now", "2026-08-14T12:00:00+07:00"],
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=False,
        env=dict(os.environ))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "zone Asia/Jakarta (invoice), holidays ID (invoice)" in out, out
    [line] = [x for x in out.splitlines() if "past_due_5" in x and "chase" in x]
    assert line.startswith("2026-08-18 Tue 09:00"), out
    assert "moved from 2026-08-17: holiday: Independence Day (ID)" in line, out
    # it only tells: nothing sent, nothing queued, no stage marked
    assert len(sink.messages) == before
    with r.bot.store.session() as s:
        assert s.exec(select(Outbox).where(Outbox.kind == "chase")).all() == []
    assert list(itertools.chain(proc.stderr.splitlines())) == []


def test_a_profile_added_to_the_config_later_is_taken_at_the_next_start(runner, servers):
    """Carol's debtor was made with the company's defaults; staff then add her address to
    the profile table and restart: the next tick writes the profile to the store, marked
    as staff's, and a later invoice cannot change it."""
    dovecot, _sink = servers
    r = runner()
    d0 = date(2026, 11, 2)
    body = ("Hello,\n\nplease find attached invoice INV-S-1.\n\nInvoice number: INV-S-1\n"
            "Total amount due: EUR 400.00\nPayment terms: net 14\n\nKind regards\nStaff\n")
    receive(r, dovecot, mail(STAFF, [CAROL], "Invoice INV-S-1", body, at(d0, 10), cc=[AR]),
            at(d0, 11))
    assert debtor(r, CAROL).timezone == "Europe/Berlin"
    r.close()
    r = runner('\n[debtors.profiles."carol@initech.test"]\ntimezone = "Asia/Jakarta"\n'
               'business_days = [1, 2, 3, 4]\n')
    r.tick(at(d0, 12))
    d = debtor(r, CAROL)
    assert (d.timezone, d.business_days) == ("Asia/Jakarta", [1, 2, 3, 4])
    assert d.profile_source == {"timezone": "config", "business_days": "config",
                                "language": "invoice"}
    body2 = body.replace("INV-S-1", "INV-S-2") + "\nBill to:\nInitech GmbH\nHauptstr. 1\n" \
        "10115 Berlin, Germany\n"
    receive(r, dovecot, mail(STAFF, [CAROL], "Invoice INV-S-2", body2, at(d0, 13), cc=[AR]),
            at(d0, 14))
    d = debtor(r, CAROL)
    assert (d.timezone, d.country) == ("Asia/Jakarta", "DE")

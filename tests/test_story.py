"""120 simulated days on the real servers: ten debtors in four languages, eight time
zones and six holiday countries, two of each kind: on time (Bob, Klein), in parts and
late (Hartmann, Petrov), a broken promise (Maju, Globex), never (Vostok, Nadir), and a
"stop" (Dyn) beside one that disputes (Sinar). A checker (tests/story_check.py) asserts every
message's language, day and hour, cadence and the weekly cap, that nothing followed a
payment or a stop, and that nobody was left silent while money was open and no hold
applied. The mail log per debtor is written to the test's output folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from mailbot.adapters.models import Invoice
from mailbot.app import tasks
from tests.botenv import AR, BANK, STAFF, TZ, Runner, mail, make_config
from tests.story_check import Debtor, Sent, breaches, mails_to

START = date(2026, 11, 2)  # a Monday
DAYS = 120

BOB = Debtor("Bob", ("bob@bobsbakery.test",), "en", "Europe/London", "GB")
HARTMANN = Debtor("Hartmann", ("buchhaltung@hartmann.test",), "de", "Europe/Berlin", "DE")
MAJU = Debtor("Maju", ("keuangan@majujaya.test",), "id", "Asia/Jakarta", "ID")
VOSTOK = Debtor("Vostok", ("buh@vostok.test",), "ru", "Europe/Moscow", "RU")
DYN = Debtor("Dyn", ("ap@dyn.test",), "en", "America/New_York", "US")
KLEIN = Debtor("Klein", ("office@klein.test",), "de", "Europe/Vienna", "AT")
PETROV = Debtor("Petrov", ("buh@petrov.test",), "ru", "Asia/Yekaterinburg", "RU")
GLOBEX = Debtor("Globex", ("ap@globex-corp.test",), "en", "America/Chicago", "US")
NADIR = Debtor("Nadir", ("accounts@nadir.test",), "en", "Australia/Sydney", "AU")
SINAR = Debtor("Sinar", ("finance@sinar.test",), "id", "Asia/Makassar", "ID")
DEBTORS = (BOB, HARTMANN, MAJU, VOSTOK, DYN, KLEIN, PETROV, GLOBEX, NADIR, SINAR)

PROFILES = """
[debtors.profiles."bobsbakery.test"]
timezone = "Europe/London"
country = "GB"
[debtors.profiles."hartmann.test"]
country = "DE"
[debtors.profiles."majujaya.test"]
country = "ID"
[debtors.profiles."vostok.test"]
country = "RU"
[debtors.profiles."dyn.test"]
timezone = "America/New_York"
country = "US"
[debtors.profiles."klein.test"]
country = "AT"
[debtors.profiles."petrov.test"]
timezone = "Asia/Yekaterinburg"
country = "RU"
[debtors.profiles."globex-corp.test"]
timezone = "America/Chicago"
country = "US"
[debtors.profiles."nadir.test"]
timezone = "Australia/Sydney"
country = "AU"
[debtors.profiles."sinar.test"]
timezone = "Asia/Makassar"
country = "ID"
"""


def local(d: date, tz: str, hh: int = 10) -> datetime:
    return datetime.combine(d, time(hh), ZoneInfo(tz))


def day(n: int) -> date:
    return START + timedelta(days=n)


def invoice(to: str, subject: str, body: str, n: int) -> bytes:
    return mail(STAFF, [to], subject, body, local(day(n), "Europe/Berlin", 10), cc=[AR])


def bank(body: str, n: int, hh: int = 8) -> bytes:
    return mail(BANK, [AR], "Zahlungseingang / payment received", body,
                local(day(n), "Europe/Berlin", hh))


def play(runner: Runner, dovecot: Any, days: int) -> Iterator[tuple[int, int, datetime]]:
    """The story's days, every three hours: the day's arrivals at 06:07 (then a sync),
    a tick each time; yields (day, hour, instant) after each tick."""
    for n in range(days):
        for hh in range(0, 24, 3):
            now = datetime.combine(day(n), time(hh, 7), TZ)
            for raw in ARRIVALS.get(n, []) if hh == 6 else []:
                dovecot.append("ar", raw)
            if hh == 6 and n in ARRIVALS:
                runner.sync(now)
            runner.tick(now)
            yield n, hh, now


ARRIVALS: dict[int, list[bytes]] = {
    0: [
        invoice(BOB.contacts[0], "Invoice INV-100",
                "Hello Bob,\n\nplease find attached invoice INV-100.\n\nInvoice number: INV-100\n"
                "Invoice date: 02/11/2026\nTotal amount due: EUR 1,200.00\nnet 30\n\nKind regards\n",
                0),
        invoice(HARTMANN.contacts[0], "Rechnung RE-200",
                "Sehr geehrte Frau Hartmann,\n\nanbei erhalten Sie unsere Rechnung RE-200.\n\n"
                "Rechnungsnummer: RE-200\nRechnungsdatum: 02.11.2026\nGesamtbetrag: 800,00 EUR\n"
                "Zahlbar innerhalb von 14 Tagen ohne Abzug.\n\nMit freundlichen Grüßen\n", 0),
        invoice(MAJU.contacts[0], "Tagihan INV/2026/11/0300",
                "Yth. Bapak Budi,\n\nBerikut kami kirimkan tagihan dengan Nomor Faktur "
                "INV/2026/11/0300.\nTanggal Faktur: 02/11/2026\nTotal Tagihan: Rp 33.300.000\n"
                "Pembayaran jatuh tempo 30 hari\nTerima kasih atas kerja samanya.\n", 0),
        invoice(VOSTOK.contacts[0], "Счёт СЧ-2026-400",
                "Добрый день!\n\nНаправляем счёт № СЧ-2026-400 от 02.11.2026 г.\n"
                "Итого к оплате: 150 000,00 руб.\nСрок оплаты 14 дней\n"
                "С уважением, бухгалтерия\n", 0),
        invoice(DYN.contacts[0], "Invoice INV-500",
                "Hello,\n\nplease find attached invoice INV-500.\n\nInvoice number: INV-500\n"
                "Invoice date: 02/11/2026\nTotal amount due: EUR 2,000.00\nnet 30\n\n"
                "Kind regards\n", 0),
    ],
    1: [
        invoice(KLEIN.contacts[0], "Rechnung RE-300",
                "Sehr geehrter Herr Klein,\n\nanbei unsere Rechnung RE-300.\n\n"
                "Rechnungsnummer: RE-300\nRechnungsdatum: 03.11.2026\nGesamtbetrag: 640,00 EUR\n"
                "Zahlbar innerhalb von 30 Tagen ohne Abzug.\n\nMit freundlichen Grüßen\n", 1),
        invoice(PETROV.contacts[0], "Счёт СЧ-2026-410",
                "Добрый день!\n\nНаправляем счёт № СЧ-2026-410 от 03.11.2026 г.\n"
                "Итого к оплате: 90 000,00 руб.\nСрок оплаты 14 дней\n"
                "С уважением, бухгалтерия\n", 1),
        invoice(GLOBEX.contacts[0], "Invoice INV-600",
                "Hello,\n\nplease find attached invoice INV-600.\n\nInvoice number: INV-600\n"
                "Invoice date: 03/11/2026\nTotal amount due: EUR 3,200.00\nnet 14\n\n"
                "Kind regards\n", 1),
        invoice(NADIR.contacts[0], "Invoice INV-700",
                "Hello,\n\nplease find attached invoice INV-700.\n\nInvoice number: INV-700\n"
                "Invoice date: 03/11/2026\nTotal amount due: EUR 980.00\nnet 14\n\n"
                "Kind regards\n", 1),
        invoice(SINAR.contacts[0], "Tagihan INV/2026/11/0310",
                "Yth. Ibu Sari,\n\nBerikut kami kirimkan tagihan dengan Nomor Faktur "
                "INV/2026/11/0310.\nTanggal Faktur: 03/11/2026\nTotal Tagihan: Rp 12.000.000\n"
                "Pembayaran jatuh tempo 14 hari\nTerima kasih atas kerja samanya.\n", 1),
    ],
    # Globex promises, after the +5 note, to pay on 4 December; breaks it
    25: [mail(GLOBEX.contacts[0], [AR], "Re: Invoice INV-600",
              "Hi, sorry for the delay. We will pay on 4 December 2026.\nGlobex AP",
              local(day(25), "America/Chicago", 10))],
    # Sinar disputes its invoice: the work was not delivered in full
    22: [mail(SINAR.contacts[0], [AR], "Re: Tagihan INV/2026/11/0310",
              "Selamat siang,\n\nKami tidak setuju dengan tagihan ini karena pekerjaan belum "
              "selesai sesuai kontrak. Mohon diperiksa kembali.\n\nSalam,\nSari",
              local(day(22), "Asia/Makassar", 10))],
    # Klein pays on time; Petrov half late, the rest much later
    30: [bank("Gutschrift\nBetrag: EUR 640,00\nVerwendungszweck: RE-300\n", 30)],
    33: [bank("Поступление\nСумма: 45 000,00 руб.\nНазначение платежа: оплата СЧ-2026-410\n", 33)],
    64: [bank("Поступление\nСумма: 45 000,00 руб.\nНазначение платежа: оплата СЧ-2026-410\n", 64)],
    86: [bank("Credit transfer received\nAmount: EUR 3,200.00\nReference: INV-600\n", 86)],
    18: [invoice(HARTMANN.contacts[0], "Rechnung RE-201",
                 "Sehr geehrte Frau Hartmann,\n\nanbei unsere Rechnung RE-201.\n\n"
                 "Rechnungsnummer: RE-201\nRechnungsdatum: 20.11.2026\nGesamtbetrag: 1.500,00 EUR\n"
                 "Zahlbar innerhalb von 30 Tagen ohne Abzug.\n\nMit freundlichen Grüßen\n", 18)],
    # Bob pays by the due date (value date 27 Nov); the notice comes the next day
    26: [bank("Credit transfer received\nAmount: EUR 1,200.00\nReference: INV-100\n"
              "Value date: 27.11.2026\n", 26)],
    # Hartmann pays half of RE-200, late
    29: [bank("Gutschrift\nBetrag: EUR 400,00\nVerwendungszweck: RE-200 Teilzahlung\n", 29)],
    36: [mail(MAJU.contacts[0], [AR], "Re: Tagihan INV/2026/11/0300",
              "Selamat siang,\n\nMohon maaf atas keterlambatannya. Kami akan membayar pada "
              "tanggal 18 Desember 2026.\n\nSalam,\nBudi", local(day(36), "Asia/Jakarta", 10))],
    43: [mail(DYN.contacts[0], [AR], "Re: Invoice INV-500",
              "Please stop contacting us by email about this.\nDyn AP",
              local(day(43), "America/New_York", 10))],
    49: [bank("Gutschrift\nBetrag: EUR 400,00\nVerwendungszweck: RE-200\n", 49)],
    70: [bank("Credit transfer received\nAmount: EUR 1,500.00\nReference: RE-201\n", 70)],
    79: [bank("Credit transfer received\nAmount: IDR 33,300,000.00\n"
              "Reference: INV/2026/11/0300\n", 79)],
}


@pytest.mark.slow
@pytest.mark.timeout(600)  # a simulation of weeks: minutes on a loaded machine
def test_120_days_of_ten_debtors(dovecot, smtp_sink, db_url, tmp_path):
    runner = Runner.open(make_config(dovecot, smtp_sink, db_url, extra=PROFILES))
    try:
        for _ in play(runner, dovecot, DAYS + 1):
            pass
        sent = [Sent.parse(r.data) for r in smtp_sink.messages]
        facts(runner)
        log = tmp_path / "story-mail-log.txt"
        write_log(log, sent)
        found = [b for d in DEBTORS for b in breaches(d, sent)]
        assert found == [], f"{len(found)} breaches; mail log in {log}\n" + "\n".join(found)
        # nothing about a debt to anyone else: every client mail went to a known contact
        contacts = {c for d in DEBTORS for c in d.contacts}
        staff = {STAFF, *runner.bot.config.staff.digest_to}
        assert {a for m in sent for a in m.to} <= contacts | staff
        assert_story(runner, sent)
    finally:
        runner.close()


def facts(runner: Runner) -> None:
    """What happened, for the checker: payments, the stop, holds, open spans."""
    end = datetime.combine(day(DAYS), time(23), TZ)
    with runner.bot.store.session() as s:
        invoices = s.exec(select(Invoice)).all()
    for d in DEBTORS:
        d.paid.clear()
        d.open_spans.clear()
        d.holds.clear()
    by_number = {i.number: i for i in invoices}
    owner = {"INV-100": BOB, "RE-200": HARTMANN, "RE-201": HARTMANN,
             "INV/2026/11/0300": MAJU, "СЧ-2026-400": VOSTOK, "INV-500": DYN,
             "RE-300": KLEIN, "СЧ-2026-410": PETROV, "INV-600": GLOBEX, "INV-700": NADIR,
             "INV/2026/11/0310": SINAR}
    for number, d in owner.items():
        inv = by_number[number]
        if inv.paid_at is not None:
            d.paid[number] = inv.paid_at
        begin = local(inv.due_date + timedelta(days=5), d.timezone, 0)
        finish = min(inv.paid_at or end, end)
        if begin < finish:
            d.open_spans.append((begin, finish))
    DYN.stopped_at = local(day(43), "America/New_York", 11)
    DYN.holds.append((DYN.stopped_at, end))
    # Globex's promise (4 Dec + 2 days' grace) and Sinar's dispute hold their chasing
    GLOBEX.holds.append((local(day(25), "America/Chicago", 10),
                         local(date(2026, 12, 7), "America/Chicago", 0)))
    SINAR.holds.append((local(day(22), "Asia/Makassar", 10), end))
    # the promise (18 Dec + 2 days' grace) holds Maju's chasing
    MAJU.holds.append((local(day(36), "Asia/Jakarta", 10), local(date(2026, 12, 21), "Asia/Jakarta", 0)))


def write_log(path: Path, sent: list[Sent]) -> None:
    lines = []
    for d in DEBTORS:
        lines.append(f"== {d.name} ({d.language}, {d.timezone}, {d.country})")
        for m in mails_to(d, sent):
            lines.append(f"  {m.at.astimezone(ZoneInfo(d.timezone)):%a %d %b %Y %H:%M}  {m.subject}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(path.read_text(encoding="utf-8"))


def assert_story(runner: Runner, sent: list[Sent]) -> None:
    """The story's own turns: a warm thanks for Bob, the broken promise and the never-payer
    on the staff list, Vostok still hearing from us at the end."""
    bob = mails_to(BOB, sent)
    assert any("thank" in m.subject.casefold() for m in bob)
    open_ = tasks.open_tasks(runner.bot.store)
    kinds = {(t.kind, t.invoice) for t in open_}
    assert ("stop", "INV-500") in kinds or ("stop", "") in kinds, kinds
    assert any(k == "call" and n == "СЧ-2026-400" for k, n in kinds), kinds
    assert ("dispute", "INV/2026/11/0310") in kinds, kinds
    assert ("promise_broken", "INV-600") not in kinds  # resolved: Globex paid in the end
    assert any(k == "escalation" and n == "INV-700" for k, n in kinds), kinds
    for never in (VOSTOK, NADIR):
        assert mails_to(never, sent)[-1].at > datetime.combine(day(DAYS - 21), time(0), TZ)
    assert any("dank" in m.subject.casefold() for m in mails_to(KLEIN, sent))
    with runner.bot.store.session() as s:
        paid = {i.number: i.state for i in s.exec(select(Invoice))}
    assert paid["СЧ-2026-410"] == paid["INV-600"] == paid["RE-300"] == "paid", paid

"""A debtor is a company with several contacts, not one address. Every invoice and reply
goes through the real IMAP ingest (Dovecot) and every chaser through SMTP, on SQLite and
PostgreSQL: the contacts of one invoice mail, and a later invoice to a colleague at the
same organisation, are one debtor, chased in one mail at the debtor's cadence; a public
mail provider's users stay apart; a mapping in the configuration joins what the domains
cannot tell; and only the addresses invoices went to may change the chasing."""

from __future__ import annotations

import itertools
import threading
import time
from datetime import date, datetime, timedelta
from typing import ClassVar

import pytest
from sqlmodel import select

from mailbot.adapters.config import parse_config
from mailbot.adapters.models import Contact, Debtor, Invoice, MailMessage, Outbox
from mailbot.app.appliers import Appliers
from mailbot.errors import ConfigError
from tests.botenv import (
    AR,
    BOB,
    CAROL,
    STAFF,
    TZ,
    Runner,
    at,
    config_text,
    mail,
    make_config,
)
from tests.conftest import DOVECOT_USERS
from tests.servers import Dovecot, SmtpSink

D0 = date(2026, 11, 2)  # a Monday
DAVE = "dave@initech.test"  # Carol's colleague
ERIN = "erin@initech.test"  # at Initech too, but no invoice was ever sent to her
FRANK = "frank@initech.test"  # in Cc of an invoice
AP = "ap@finance.initech.test"  # Initech's accounts payable, on a subdomain


def day(n: int, hh: int = 9, mm: int = 30) -> datetime:
    return at(D0 + timedelta(days=n), hh, mm)


def invoice(number: str, to: list[str], when: datetime, *, cc: list[str] | None = None,
            terms: str = "Payment terms: net 30") -> bytes:
    body = (f"Hello,\n\nplease find attached invoice {number}.\n\nInvoice number: {number}\n"
            f"Total amount due: EUR 400.00\n{terms}\n\nKind regards\nStaff\n")
    return mail(STAFF, to, f"Invoice {number}", body, when, cc=[*(cc or []), AR])


@pytest.fixture(scope="module")
def servers():
    with Dovecot(DOVECOT_USERS) as dovecot, SmtpSink(dovecot=dovecot) as sink:
        yield dovecot, sink


@pytest.fixture
def runner(servers, db_url):
    def open_(extra: str = "") -> tuple[Runner, Dovecot]:
        r = Runner.open(make_config(dovecot, sink, db_url, extra=extra))
        opened.append(r)
        return r, dovecot

    dovecot, sink = servers
    opened: list[Runner] = []
    yield open_
    for r in opened:
        r.close()


def receive(r: Runner, dovecot: Dovecot, raw: bytes, now: datetime) -> MailMessage:
    dovecot.append("ar", raw)
    [result] = r.sync(now)
    assert result.status == "processed", result
    with r.bot.store.session() as s:
        row = s.get(MailMessage, result.message_pk)
        assert row is not None
        return row


def debtors(r: Runner) -> dict[str, tuple[str, ...]]:
    """{debtor name: its contacts}, and every invoice's debtor through `invoices`."""
    with r.bot.store.session() as s:
        names = {d.id: d.name for d in s.exec(select(Debtor))}
        out: dict[str, list[str]] = {n: [] for n in names.values()}
        assert len(out) == len(names), "two debtors with one name"
        for c in s.exec(select(Contact)):
            out[names[c.debtor_id]].append(c.email)
    return {n: tuple(sorted(cs)) for n, cs in out.items()}


def invoices(r: Runner) -> dict[str, str]:
    with r.bot.store.session() as s:
        names = {d.id: d.name for d in s.exec(select(Debtor))}
        return {i.number: names[i.debtor_id] for i in s.exec(select(Invoice))}


# ============================================================ who is one debtor ====


def test_the_contacts_of_one_invoice_mail_are_one_debtor(runner):
    r, dovecot = runner()
    # To: two people at Initech; Cc: a third, a colleague of the sender (staff), the bot
    receive(r, dovecot, invoice("INV-1", [CAROL, DAVE], day(0, 10),
                                cc=[FRANK, "colleague@acme.test"]), day(0, 11))
    assert debtors(r) == {"Initech": tuple(sorted((CAROL, DAVE, FRANK)))}


def test_a_cc_on_the_companys_subdomain_is_a_contact_and_a_strangers_is_not(runner):
    r, dovecot = runner()
    receive(r, dovecot, invoice("INV-1", [CAROL], day(0, 10),
                                cc=[AP, "advisor@taxes.test"]), day(0, 11))
    assert debtors(r) == {"Initech": tuple(sorted((CAROL, AP)))}


def test_a_later_invoice_to_a_colleague_is_the_same_debtor(runner):
    r, dovecot = runner()
    receive(r, dovecot, invoice("INV-1", [CAROL], day(0, 10)), day(0, 11))
    receive(r, dovecot, invoice("INV-2", [DAVE], day(1, 10)), day(1, 11))
    # the same organisation on a subdomain is the same company
    receive(r, dovecot, invoice("INV-3", [AP], day(2, 10)), day(2, 11))
    # another company stays another debtor
    receive(r, dovecot, invoice("INV-4", [BOB], day(2, 10, 5)), day(2, 11))
    assert debtors(r) == {"Initech": tuple(sorted((CAROL, DAVE, AP))), "Globex": (BOB,)}
    assert invoices(r) == {"INV-1": "Initech", "INV-2": "Initech", "INV-3": "Initech",
                           "INV-4": "Globex"}


def test_the_users_of_a_public_mail_provider_are_a_debtor_each(runner):
    r, dovecot = runner('\n[debtors]\npublic_domains = ["Freemail.test"]\n')
    people = ["alice@gmail.com", "zed@gmail.com", "joe@mail.yahoo.co.id",
              "ann@yahoo.co.id", "kim@freemail.test", "lee@freemail.test"]
    for n, address in enumerate(people):
        receive(r, dovecot, invoice(f"INV-{n}", [address], day(0, 10, n)), day(0, 11))
    found = debtors(r)
    assert sorted(found.values()) == sorted((a,) for a in people)
    assert len(set(invoices(r).values())) == len(people)


def test_a_configured_mapping_joins_addresses_and_domains_to_one_debtor(runner):
    r, dovecot = runner(
        '\n[debtors.map]\n'
        '"billing@globex-holding.test" = "Globex"\n'
        '"globex.test" = "Globex"\n'
        '"Initech.Treasurer@gmail.com" = "Initech"\n')
    receive(r, dovecot, invoice("INV-1", ["billing@globex-holding.test"], day(0, 10)),
            day(0, 11))
    receive(r, dovecot, invoice("INV-2", [BOB], day(1, 10)), day(1, 11))
    receive(r, dovecot, invoice("INV-3", [CAROL], day(1, 10, 5)), day(1, 11))
    receive(r, dovecot, invoice("INV-4", ["initech.treasurer@gmail.com"], day(2, 10)),
            day(2, 11))
    # only the address named: another user of the same provider stays apart
    receive(r, dovecot, invoice("INV-5", ["someone@gmail.com"], day(2, 10, 5)), day(2, 11))
    # nor does the mapped address's domain bring its neighbours along
    receive(r, dovecot, invoice("INV-6", ["sales@globex-holding.test"], day(2, 10, 9)),
            day(2, 11))
    assert debtors(r) == {
        "Globex": tuple(sorted(("billing@globex-holding.test", BOB))),
        "Initech": tuple(sorted((CAROL, "initech.treasurer@gmail.com"))),
        "someone@gmail.com": ("someone@gmail.com",),
        "Globex-holding": ("sales@globex-holding.test",),
    }


def test_a_debtor_registered_before_companies_were_known_gains_its_colleagues(runner):
    """A debtor from before this rule has no company on record: its next invoice gives
    it one, so a colleague's invoice after that joins it."""
    r, dovecot = runner()
    receive(r, dovecot, invoice("INV-1", [CAROL], day(0, 10)), day(0, 11))
    with r.bot.store.session() as s:
        d = s.exec(select(Debtor)).one()
        d.company = None
        s.add(d)
        s.commit()
    # the company comes from the address already known, not from the first one in To
    receive(r, dovecot, invoice("INV-2", ["newcomer@umbrella.test", CAROL], day(1, 10)),
            day(1, 11))
    receive(r, dovecot, invoice("INV-3", [DAVE], day(2, 10)), day(2, 11))
    receive(r, dovecot, invoice("INV-4", ["ceo@umbrella.test"], day(2, 10, 5)), day(2, 11))
    assert debtors(r) == {"Initech": (CAROL, DAVE, "newcomer@umbrella.test"),
                          "Umbrella": ("ceo@umbrella.test",)}


def test_the_debtors_configuration_is_checked():
    from mailbot.adapters.config import DEFAULT_PUBLIC_DOMAINS

    assert {"gmail.com", "outlook.com", "yahoo.co.id", "gmx.de", "mail.ru", "proton.me",
            "t-online.de", "web.de", "yandex.ru"} <= DEFAULT_PUBLIC_DOMAINS
    base = config_text(_Dummy(), _Dummy(), "sqlite:///x.db")
    cfg = parse_config(base + '\n[debtors]\npublic_domains = [" Mail.Example "]\n'
                       '[debtors.map]\n"Billing@Globex.test" = "Globex"\n')
    assert cfg.debtors.is_public("mail.example")
    assert cfg.debtors.is_public("x.mail.example")
    assert cfg.debtors.is_public("gmail.com")
    assert not cfg.debtors.is_public("initech.test")
    assert dict(cfg.debtors.map) == {"billing@globex.test": "Globex"}
    for bad, key in (('[debtors.map]\n"not an address" = "X"\n', "debtors.map"),
                     ('[debtors.map]\n"a@b.test" = " "\n', "debtors.map"),
                     ('[debtors]\nproviders = ["x.test"]\n', "debtors.providers")):
        with pytest.raises(ConfigError, match=key):
            parse_config(base + "\n" + bad)


class _Dummy:
    users: ClassVar[dict[str, str]] = {"ar": "arpw"}
    imap_port = port = 1


# ============================================================ one chaser a week ====


@pytest.mark.slow
def test_two_contacts_of_one_company_get_one_statement_never_two_mails_a_day(runner):
    """Carol's and Dave's invoices over seven simulated weeks, ticked twice a working
    day: every chaser goes to both of them, covers what is due of both invoices, and
    none follows another within the debtor's seven days."""
    r, dovecot = runner()
    receive(r, dovecot, invoice("INV-1", [CAROL], day(0, 10), terms="Payment terms: net 14"),
            day(0, 11))
    receive(r, dovecot, invoice("INV-2", [DAVE], day(0, 10, 5), terms="Payment terms: net 14"),
            day(0, 11, 5))
    for n in range(50):
        for hh in (9, 15):
            r.tick(day(n, hh))
    with r.bot.store.session() as s:
        chases = s.exec(select(Outbox).where(Outbox.kind == "chase")
                        .order_by(Outbox.created_at)).all()  # type: ignore[arg-type]
        numbers = {i.id: i.number for i in s.exec(select(Invoice))}
    assert chases
    assert all(c.status == "sent" for c in chases)
    assert all(sorted(c.recipients) == [CAROL, DAVE] for c in chases)
    sent = [c.created_at.astimezone(TZ).date() for c in chases]
    assert len(set(sent)) == len(sent), f"two chasers on one day: {sent}"
    gaps = [(b - a).days for a, b in itertools.pairwise(sent)]
    assert all(g >= 7 for g in gaps), gaps
    # each chaser is the statement of both invoices, from the receipt check to past due
    assert all(sorted(numbers[i] for i in c.invoice_ids) == ["INV-1", "INV-2"]
               for c in chases)
    assert [c.action_key.split(":")[1].split("+")[0].split(".")[1] for c in chases] == [
        "receipt_check", "pre_due", "past_due_5", "past_due_8", "past_due_15",
        "past_due_30"]


# ============================================================== who is trusted ====


def test_a_contact_added_by_a_later_invoice_may_change_the_chasing(runner):
    r, dovecot = runner()
    receive(r, dovecot, invoice("INV-1", [CAROL], day(0, 10)), day(0, 11))
    receive(r, dovecot, invoice("INV-2", [DAVE], day(1, 10)), day(1, 11))
    row = receive(r, dovecot, mail(DAVE, [AR], "Invoice INV-1",
                                   "Please stop contacting us about invoice INV-1.",
                                   day(2, 8)), day(2, 9))
    assert "not obeyed" not in str(row.classification.get("reason"))
    with r.bot.store.session() as s:
        [initech] = s.exec(select(Debtor)).all()
        assert initech.stopped
    # nothing more goes to Initech
    assert [o.kind for o in r.tick(day(10)).queued if o.kind != "digest"] == []


def test_an_address_at_the_company_no_invoice_went_to_changes_nothing(runner):
    r, dovecot = runner()
    receive(r, dovecot, invoice("INV-1", [CAROL], day(0, 10)), day(0, 11))
    receive(r, dovecot, invoice("INV-2", [DAVE], day(1, 10)), day(1, 11))
    row = receive(r, dovecot, mail(ERIN, [AR], "Invoice INV-1",
                                   "Please stop contacting us about invoice INV-1.",
                                   day(2, 8)), day(2, 9))
    assert row.needs_human
    assert "not obeyed" in str(row.classification.get("reason"))
    with r.bot.store.session() as s:
        [initech] = s.exec(select(Debtor)).all()
        assert not initech.stopped
        assert ERIN not in {c.email for c in s.exec(select(Contact))}
    # and the next chaser goes to Carol and Dave, not to Erin
    r.tick(day(3))
    with r.bot.store.session() as s:
        [chase] = s.exec(select(Outbox).where(Outbox.kind == "chase")).all()
    assert sorted(chase.recipients) == [CAROL, DAVE]


def test_two_workers_registering_colleagues_invoices_at_once_make_one_debtor(
        servers, db_url, monkeypatch):
    """Two workers on one database, each reading its own folder, register Carol's and
    Dave's invoices at the same moment: one debtor, both invoices, nothing for staff.
    (The lookup of the company's debtor is slowed so that the two overlap.)"""
    dovecot, sink = servers
    cfg = make_config(dovecot, sink, db_url)
    other = cfg.model_copy(update={"imap": cfg.imap.model_copy(update={"folder": "Shared"})})
    runners = [Runner.open(cfg), Runner.open(other)]
    looked_up = Appliers._by_company

    def slow(self, s, key):
        found = looked_up(self, s, key)
        time.sleep(0.5)
        return found

    monkeypatch.setattr(Appliers, "_by_company", slow)
    try:
        dovecot.append("ar", invoice("INV-1", [CAROL], day(0, 10)))
        dovecot.append("ar", invoice("INV-2", [DAVE], day(0, 10)), folder="Shared")
        start = threading.Barrier(2)
        results: list[object] = []

        def sync(r: Runner) -> None:
            start.wait()
            results.extend(r.sync(day(0, 11)))

        threads = [threading.Thread(target=sync, args=(r,)) for r in runners]
        for th in threads:
            th.start()
        for th in threads:
            th.join(30)
        assert [getattr(x, "status", x) for x in results] == ["processed", "processed"]
        assert [getattr(x, "needs_human", x) for x in results] == [False, False]
        assert debtors(runners[0]) == {"Initech": (CAROL, DAVE)}
        assert invoices(runners[0]) == {"INV-1": "Initech", "INV-2": "Initech"}
    finally:
        for r in runners:
            r.close()

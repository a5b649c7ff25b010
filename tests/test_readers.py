"""The classifier is an ordered registry of readers, one module per kind of mail
(mailbot.reading.classify.READERS, mailbot.reading.kinds). Pure."""

from __future__ import annotations

import pkgutil

from mailbot.domain.values import Kind
from mailbot.reading import classify as classify_module
from mailbot.reading import kinds
from mailbot.reading.classify import READERS, Context, classify
from mailbot.reading.parse import parse_message

BOT = "ar@acme.test"
CTX = Context(bot_address=BOT, staff_domains=frozenset({"acme.test"}),
              notifiers=frozenset({"@bank.example"}),
              known_contacts=frozenset({"alice@client.test"}))


def mail(sender: str, to: str = BOT, cc: str = "", subject: str = "Hello",
         body: str = "Hello there.", headers: str = "") -> bytes:
    lines = [f"From: {sender}", f"To: {to}", *([f"Cc: {cc}"] if cc else []),
             f"Subject: {subject}", "Date: Tue, 01 Dec 2026 10:00:00 +0000",
             "Message-ID: <m1@test>", "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(lines) + headers + "\r\n\r\n" + body).encode()


def test_the_readers_are_asked_in_this_order():
    assert [r.name for r in READERS] == [
        "lookalike_sender", "challenge", "bounce", "read_receipt", "payment", "invoice_copy",
        "forwarded_invoice", "staff_command", "document_notice", "auto_reply", "bank_change", "lookalike_notice", "bulk",
        "outgoing_invoice", "tax_slip", "client_reply"]
    # machine mail is read before anything about the sender is asked
    assert [r.name for r in READERS if not r.uses_auth] == ["lookalike_sender", "challenge",
                                                             "bounce", "read_receipt"]


def test_each_reader_is_one_module_of_kinds():
    modules = {r.read.__module__ for r in READERS}
    assert all(m.startswith("mailbot.reading.kinds.") for m in modules), modules
    # every module in kinds/ is a reader of the registry (one of them reads two ways:
    # a staff member's invoice copy and, without configured staff, an outgoing invoice)
    files = {f"mailbot.reading.kinds.{i.name}" for i in pkgutil.iter_modules(kinds.__path__)}
    assert modules == files
    assert {r.read.__module__ for r in READERS if r.name in ("invoice_copy",
                                                              "outgoing_invoice")} == {
        "mailbot.reading.kinds.invoice_copy"}


def test_the_guards_say_who_each_reader_is_for():
    by_name = {r.name: r for r in READERS}
    notifier = parse_message(mail("Bank <alerts@bank.example>"))
    staff_cc = parse_message(mail("Carol <carol@acme.test>", to="bob@client.test", cc=BOT))
    staff_to = parse_message(mail("Carol <carol@acme.test>"))
    client = parse_message(mail("Alice <alice@client.test>"))
    stranger = parse_message(mail("Eve <eve@elsewhere.test>"))
    assert by_name["payment"].applies(notifier, CTX)
    assert not by_name["payment"].applies(client, CTX)
    assert by_name["invoice_copy"].applies(staff_cc, CTX)
    assert not by_name["invoice_copy"].applies(staff_to, CTX)
    assert by_name["staff_command"].applies(staff_to, CTX)
    # (its guard, "the bot among the recipients", also holds for a Cc copy: the invoice
    # copy reader is asked first and always answers for its mail)
    assert classify(staff_cc, CTX).kind == Kind.INVOICE_COPY
    for name in ("auto_reply", "outgoing_invoice", "client_reply"):
        assert by_name[name].applies(client, CTX), name
        assert not by_name[name].applies(staff_to, CTX), name
        assert not by_name[name].applies(notifier, CTX), name
    # bulk mail from a known client is still read as the client's
    assert not by_name["bulk"].applies(client, CTX)
    assert by_name["bulk"].applies(stranger, CTX)


def test_the_first_answer_wins_and_nothing_is_other_needing_a_person(monkeypatch):
    asked: list[str] = []

    def counted(r):
        def read(m, c, a):
            asked.append(r.name)
            return r.read(m, c, a)
        return read

    readers = tuple(classify_module.Reader(r.name, r.applies, counted(r), r.uses_auth)
                    for r in READERS)
    monkeypatch.setattr(classify_module, "READERS", readers)
    newsletter = parse_message(mail("News <news@elsewhere.test>",
                                    headers="\r\nList-Id: <news.elsewhere.test>"))
    assert classify(newsletter, CTX).reason == "bulk or mailing-list mail"
    assert asked == ["lookalike_sender", "challenge", "bounce", "read_receipt",
                     "document_notice", "auto_reply", "bank_change", "lookalike_notice", "bulk"]
    asked.clear()
    chatter = classify(parse_message(mail("Eve <eve@elsewhere.test>")), CTX)
    assert (chatter.kind, chatter.needs_human) == (Kind.OTHER, True)
    assert asked == ["lookalike_sender", "challenge", "bounce", "read_receipt",
                     "document_notice", "auto_reply", "bank_change", "lookalike_notice", "bulk",
                     "outgoing_invoice", "tax_slip", "client_reply"]


def test_the_sender_is_verified_once_and_not_for_machine_mail(monkeypatch):
    calls: list[object] = []
    real = classify_module.verify  # type: ignore[attr-defined]  # patched where classify looks

    def counting(msg, policy):
        calls.append(msg)
        return real(msg, policy)

    monkeypatch.setattr(classify_module, "verify", counting)
    classify(parse_message(mail("Eve <eve@elsewhere.test>")), CTX)
    assert len(calls) == 1
    calls.clear()
    bounce = mail("MAILER-DAEMON <mailer-daemon@mx.elsewhere.test>",
                  subject="Undelivered Mail Returned to Sender",
                  body="This is the mail system.\n\n<bob@client.test>: host said: 550 5.1.1 "
                       "User unknown\n", headers="\r\nReturn-Path: <>")
    assert classify(parse_message(bounce), CTX).kind == Kind.BOUNCE
    assert calls == []

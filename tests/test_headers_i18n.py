"""Non-ASCII subjects and names reach the client word for word: the email package's own
folding drops the space between encoded words ("по поводу" became "поповоду") or adds
one inside a word ("Бухгалте рия"); build_email encodes them so neither happens."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.header import decode_header, make_header

import pytest

from mailbot.adapters.render import Rendered, build_email

SUBJECTS = [
    "Acme Design — Счёт № СЧ-2026-400: просим связаться с нами по поводу оплаты",
    "Rechnung RE-2026-1020: Wann dürfen wir mit der Zahlung rechnen? Übersicht Ihrer Posten",
    "Faktur INV/2026/11/0300: mohon hubungi kami terkait pembayaran — terima kasih",
    "Invoice INV-1 is past due",
]
NAMES = ["Анна Сергеевна Петрова-Водкина из бухгалтерии ООО «Восток Запад»",
         "Jürgen Müller-Lüdenscheidt, Buchhaltung der Hartmann GmbH & Co. KG", "Bob Smith"]


@pytest.mark.parametrize("subject", SUBJECTS)
def test_subjects_and_names_come_back_word_for_word(subject):
    msg = build_email(
        Rendered(subject, "Текст\n", "<p>Текст</p>"), sender="ar@acme.test",
        sender_name="ООО «Пример» — Бухгалтерия отдела расчётов с клиентами",
        to=["buh@vostok.test", "juergen@hartmann.test", "bob@example.test"],
        names=dict(zip(["buh@vostok.test", "juergen@hartmann.test", "bob@example.test"],
                       NAMES, strict=True)),
        now=datetime(2026, 12, 1, 9, tzinfo=UTC), message_id="<x@acme.test>")
    raw = msg.as_bytes()
    assert all(len(line) <= 78 for line in raw.split(b"\n\n", 1)[0].splitlines())
    back = message_from_bytes(raw, policy=policy.default)
    assert back["Subject"] == subject
    # the email package keeps the folding between a name's encoded words (RFC 2047 says
    # to drop it): a double space at most, never a word cut in two
    assert " ".join(back["From"].addresses[0].display_name.split()) == (
        "ООО «Пример» — Бухгалтерия отдела расчётов с клиентами")
    assert [" ".join(a.display_name.split()) for a in back["To"].addresses] == NAMES
    legacy = message_from_bytes(raw)  # a reader that follows RFC 2047 exactly
    assert str(make_header(decode_header(legacy["To"]))).startswith(NAMES[0] + " <buh@")
    assert [a.addr_spec for a in back["To"].addresses] == [
        "buh@vostok.test", "juergen@hartmann.test", "bob@example.test"]

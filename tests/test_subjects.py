"""Subject prefixes: one list of replies and one of forwards (mailbot.reading.subjects),
shared by the five readers that look at them; what each reader takes for a conversation
differs on purpose, and is pinned here."""

from __future__ import annotations

import pytest

from mailbot.reading import mime_text, subjects
from mailbot.reading.kinds import bounce, bulk, client_reply, invoice_copy

REPLIES = ["Re: x", "RE: x", "AW: x", "Antw: x", "Antwort: x", "Balas: x", "Bls: x",
           "Ответ: x", "Отв: x", "SV: x", "VS: x", "Odp: x", "R: x", "Rif: x", "Ynt: x",
           "Res: x", "Re[2]: x", "Re : x"]
FORWARDS = ["Fwd: x", "FW: x", "WG: x", "Pesan terusan: x", "Пересл: x", "Переслано: x",
            "TR: x", "RV: x", "Fwd[2]: x"]
NEITHER = ["Rechnung 17", "Reminder: x", "Antwortschreiben: x", "Invoice: x", "Fwdx: x",
           "Trade: x", "x Re: y"]


def test_every_reader_takes_the_same_replies():
    for subject in REPLIES:
        assert client_reply._REPLY_SUBJECT.match(subject), subject
        assert invoice_copy._REPLY_SUBJECT.match(subject), subject
        assert bulk._CONVERSATION_SUBJECT.match(subject), subject
        assert mime_text.is_answer(subject), subject
        assert not bounce._FORWARDED.match(subject), subject


@pytest.mark.parametrize("subject", FORWARDS)
def test_forwards_are_a_conversation_only_for_bulk_and_a_forward_for_bounces(subject):
    assert bulk._CONVERSATION_SUBJECT.match(subject)
    assert bounce._FORWARDED.match(subject)
    assert not invoice_copy._REPLY_SUBJECT.match(subject)
    assert not mime_text.is_answer(subject)
    # a client's forward is no reply to the bot, except German Outlook's "WG:" (as ever)
    assert bool(client_reply._REPLY_SUBJECT.match(subject)) == subject.startswith("WG:")


@pytest.mark.parametrize("subject", NEITHER)
def test_no_prefix(subject):
    for pattern in (client_reply._REPLY_SUBJECT, invoice_copy._REPLY_SUBJECT,
                    bulk._CONVERSATION_SUBJECT, bounce._FORWARDED, client_reply._PREFIXES):
        assert not pattern.match(subject), (pattern.pattern, subject)
    assert not mime_text.is_answer(subject)


def test_only_a_client_reply_reads_past_a_list_tag():
    assert client_reply._REPLY_SUBJECT.match("[billing] Re: x")
    for pattern in (invoice_copy._REPLY_SUBJECT, bulk._CONVERSATION_SUBJECT):
        assert not pattern.match("[billing] Re: x")
    assert not mime_text.is_answer("[billing] Re: x")


def test_a_client_reply_strips_the_whole_chain_of_prefixes():
    assert client_reply._PREFIXES.sub("", "Re: AW: Fwd: WG[2]: Rechnung 17") == "Rechnung 17"
    # the other readers look at the first prefix only
    assert bulk._CONVERSATION_SUBJECT.match("Re: AW: x").group(0) == "Re:"


def test_a_language_prefix_comes_from_its_file():
    assert "aw" in subjects.REPLY.split("|")
    assert "wg" in subjects.FORWARD.split("|")
    assert "ответ" in subjects.REPLY.split("|")

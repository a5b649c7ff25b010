"""Tests of the test infrastructure itself: tests/servers.py and its fixtures."""

import email
import email.policy
import imaplib
import os
import socket
import ssl
import time
from email.message import EmailMessage
from typing import Any

import aiosmtplib
import imapclient
import pytest

from tests import servers
from tests.servers import Dovecot, SmtpSink, _group_members

pytestmark = pytest.mark.timeout(60)


def make_message(subject: str, to: str = "alice@example.com", frm: str = "sender@example.org") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{subject.replace(' ', '.')}@test>"
    msg.set_content(f"Body of {subject}\n")
    return msg


def subjects(raws: list[bytes]) -> list[str]:
    return [email.message_from_bytes(r, policy=email.policy.default)["Subject"] for r in raws]


# -- Dovecot -------------------------------------------------------------------------


def test_dovecot_basics(dovecot):
    assert dovecot.host == "127.0.0.1"
    assert len({dovecot.imap_port, dovecot.imaps_port, dovecot.lmtp_port}) == 3
    assert os.path.isdir(dovecot.root)
    assert {"INBOX", "Sent", "Trash"} <= set(dovecot.folders("ar"))
    c = dovecot.client("alice")
    try:
        assert c.socket().getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        assert b"IDLE" in c.capabilities()
    finally:
        c.logout()


def test_wrong_password_is_refused(dovecot):
    with pytest.raises(imapclient.exceptions.LoginError):
        dovecot.client("alice", password="wrong")


def test_append_fetch_roundtrip(dovecot):
    raw1 = make_message("first").as_bytes()
    raw2 = b"From: a@b\nTo: ar@example.com\nSubject: second\n\nbare LF body\n"
    uid1 = dovecot.append("ar", raw1)
    uid2 = dovecot.append("ar", raw2, flags=[imapclient.SEEN])
    assert uid2 > uid1 >= 1

    fetched = dovecot.fetch_all("ar")
    assert fetched[0] == raw1.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    assert fetched[1] == raw2.replace(b"\n", b"\r\n")
    assert subjects(fetched) == ["first", "second"]

    # fetch_all does not mark messages \Seen.
    c = dovecot.client("ar")
    try:
        c.select_folder("INBOX", readonly=True)
        flags = c.get_flags([uid1, uid2])
    finally:
        c.logout()
    assert imapclient.SEEN not in flags[uid1]
    assert imapclient.SEEN in flags[uid2]


def test_append_creates_folder_and_missing_folder_is_empty(dovecot):
    assert dovecot.fetch_all("bob", "Archive/2024") == []
    uid = dovecot.append("bob", make_message("archived").as_bytes(), folder="Archive/2024")
    assert uid == 1
    assert "Archive/2024" in dovecot.folders("bob")
    assert subjects(dovecot.fetch_all("bob", "Archive/2024")) == ["archived"]
    assert dovecot.fetch_all("bob") == []  # other users/folders untouched
    assert dovecot.fetch_all("alice", "Archive/2024") == []


def test_lmtp_delivery_known_and_unknown(dovecot):
    raw = make_message("via lmtp", to="alice@example.com, bob@example.com").as_bytes()
    errors = dovecot.lmtp_deliver(
        ["alice@example.com", "ghost@example.com", "bob"], raw, mail_from="sender@example.org"
    )
    assert list(errors) == ["ghost@example.com"]
    assert errors["ghost@example.com"].startswith("550")
    assert subjects(dovecot.fetch_all("alice")) == ["via lmtp"]
    assert subjects(dovecot.fetch_all("bob")) == ["via lmtp"]

    # Only unknown recipients: nothing delivered, nothing raised.
    assert dovecot.lmtp_deliver(["nosuch"], raw, "x@y")["nosuch"].startswith("550")
    assert len(dovecot.fetch_all("alice")) == 1


def test_add_user(dovecot):
    with pytest.raises(imapclient.exceptions.LoginError):
        dovecot.client("dave", password="davepw")
    dovecot.add_user("dave", "davepw")
    assert dovecot.lmtp_deliver(["dave"], make_message("hi dave").as_bytes(), "x@y") == {}
    assert subjects(dovecot.fetch_all("dave")) == ["hi dave"]
    # Existing users keep working.
    assert dovecot.fetch_all("alice") == []


def test_imaps_with_certificate_check(dovecot):
    ctx = ssl.create_default_context(cafile=dovecot.cert_path)
    c = imapclient.IMAPClient(dovecot.host, port=dovecot.imaps_port, ssl=True, ssl_context=ctx)
    try:
        c.login("carol", "carolpw")
        assert c.select_folder("INBOX")[b"EXISTS"] == 0
    finally:
        c.logout()


def test_idle_wakes_on_append_from_other_connection(dovecot):
    watcher = dovecot.client("staff")
    try:
        watcher.select_folder("INBOX")
        watcher.idle()
        start = time.monotonic()
        dovecot.append("staff", make_message("wake up").as_bytes())
        responses: list[Any] = []
        while not responses and time.monotonic() - start < 3:
            responses = watcher.idle_check(timeout=0.2)
        elapsed = time.monotonic() - start
        watcher.idle_done()
    finally:
        watcher.logout()
    assert (1, b"EXISTS") in responses, responses
    assert elapsed < 3


def test_stop_kills_everything_and_removes_root():
    server = Dovecot({"u": "pw"}).start()
    root, pgid = server.root, server.proc.pid
    c = server.client("u")  # a logged-in imap process that would outlive the master
    assert _group_members(pgid)
    server.stop()
    assert not _group_members(pgid)
    assert not os.path.exists(root)
    with pytest.raises((imaplib.IMAP4.error, OSError)):  # imapclient's errors derive from imaplib's
        c.noop()
    server.stop()  # idempotent


def test_start_is_fast():
    start = time.monotonic()
    with Dovecot({"u": "pw"}):
        started = time.monotonic() - start
    assert started < 1.0  # typically ~0.06 s


def test_missing_dovecot_gives_clear_error(monkeypatch):
    monkeypatch.setattr(servers, "_find_dovecot", lambda: None)
    with pytest.raises(RuntimeError, match="apt-get install dovecot-imapd dovecot-lmtpd"):
        Dovecot({"u": "pw"}).start()


# -- SmtpSink ------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_smtp_sink_delivers_into_dovecot(smtp_sink, dovecot):
    msg = make_message("Invoice 42 overdue", to="alice@example.com, ghost@example.com")
    await aiosmtplib.send(
        msg,
        hostname=smtp_sink.host,
        port=smtp_sink.port,
        sender="ar@example.com",
        recipients=["alice@example.com", "ghost@example.com", "boss@example.com"],
    )
    [received] = smtp_sink.wait_for(1)
    assert received.mail_from == "ar@example.com"
    assert received.rcpt_tos == ["alice@example.com", "ghost@example.com", "boss@example.com"]
    assert b"Subject: Invoice 42 overdue" in received.data
    assert list(received.delivery_errors) == ["ghost@example.com"]
    assert received.delivery_errors["ghost@example.com"].startswith("550")
    # Delivered before the SMTP reply: readable immediately.
    assert subjects(dovecot.fetch_all("alice")) == ["Invoice 42 overdue"]
    assert subjects(dovecot.fetch_all("boss")) == ["Invoice 42 overdue"]
    assert dovecot.fetch_all("bob") == []


@pytest.mark.asyncio
async def test_smtp_sink_without_dovecot_records_only():
    with SmtpSink() as sink:
        async with aiosmtplib.SMTP(hostname=sink.host, port=sink.port) as smtp:
            for i in range(3):
                await smtp.send_message(make_message(f"m{i}"))
        got = sink.wait_for(3, timeout=5)
    assert [r.rcpt_tos for r in got] == [["alice@example.com"]] * 3
    assert all(r.delivery_errors == {} for r in got)


def test_wait_for_times_out():
    with SmtpSink() as sink, pytest.raises(TimeoutError):
        sink.wait_for(1, timeout=0.1)


@pytest.mark.asyncio
async def test_smtp_sink_auth():
    with SmtpSink(auth={"ar@example.com": "s3cret"}) as sink:
        kw: dict[str, Any] = {"hostname": sink.host, "port": sink.port, "start_tls": False}
        with pytest.raises(aiosmtplib.SMTPAuthenticationError) as exc:
            await aiosmtplib.send(make_message("bad"), username="ar@example.com", password="wrong", **kw)
        assert exc.value.code == 535
        with pytest.raises(aiosmtplib.SMTPResponseException) as refused:  # no AUTH at all
            await aiosmtplib.send(make_message("anon"), **kw)
        assert refused.value.code == 530
        assert sink.messages == []

        await aiosmtplib.send(make_message("good"), username="ar@example.com", password="s3cret", **kw)
        [received] = sink.wait_for(1)
    assert b"Subject: good" in received.data
    assert received.login == "ar@example.com"
    assert ("ar@example.com", False) in sink.auth_attempts
    assert ("ar@example.com", True) in sink.auth_attempts


@pytest.mark.asyncio
async def test_smtp_sink_auth_login_mechanism():
    with SmtpSink(auth={"u": "p"}) as sink:
        async with aiosmtplib.SMTP(hostname=sink.host, port=sink.port, start_tls=False) as smtp:
            await smtp.ehlo()
            await smtp.auth_login("u", "p")
            await smtp.send_message(make_message("login mech"))
        assert sink.wait_for(1)[0].login == "u"


@pytest.mark.asyncio
async def test_smtp_sink_fail_all(smtp_sink, dovecot):
    smtp_sink.fail_all = "451 4.3.0 try later"
    with pytest.raises(aiosmtplib.SMTPResponseException) as exc:
        await aiosmtplib.send(make_message("refused"), hostname=smtp_sink.host, port=smtp_sink.port)
    assert exc.value.code == 451
    assert "try later" in exc.value.message
    assert smtp_sink.messages == []
    assert [reply for _msg, reply in smtp_sink.rejected] == ["451 4.3.0 try later"]
    assert dovecot.fetch_all("alice") == []

    smtp_sink.fail_all = None
    await aiosmtplib.send(make_message("accepted"), hostname=smtp_sink.host, port=smtp_sink.port)
    assert subjects(dovecot.fetch_all("alice")) == ["accepted"]


@pytest.mark.asyncio
async def test_smtp_sink_reject_next(smtp_sink, dovecot):
    smtp_sink.reject_next(550)
    kw = {"hostname": smtp_sink.host, "port": smtp_sink.port}
    with pytest.raises(aiosmtplib.SMTPResponseException) as exc:
        await aiosmtplib.send(make_message("once"), **kw)
    assert exc.value.code == 550
    await aiosmtplib.send(make_message("twice"), **kw)
    assert [m.data.count(b"Subject: twice") for m in smtp_sink.wait_for(1)] == [1]
    assert subjects(dovecot.fetch_all("alice")) == ["twice"]

"""Tests for mailbot.tools.demo_servers: real IMAP/SMTP clients against DemoServers."""

from __future__ import annotations

import email
import smtplib
import socket
import threading
import time
from email.message import EmailMessage
from typing import Any

import aiosmtplib
import pytest
from imapclient import IMAPClient

from mailbot.tools.demo_servers import DemoServers

pytestmark = pytest.mark.filterwarnings("error")

AR = "ar@acme.example"
BOSS = "boss@acme.example"
USERS = {"AR@acme.example": "ar-pass", BOSS: "boss-pass"}


def _raw(subject: str, to: str = AR) -> bytes:
    return (f"From: customer@example.org\r\nTo: {to}\r\n"
            f"Subject: {subject}\r\nMessage-ID: <{subject}@example.org>\r\n"
            f"\r\nHello {subject}\r\n").encode()


def _imap(servers: DemoServers, user: str = AR,
          password: str = "ar-pass") -> IMAPClient:
    client = IMAPClient(servers.host, servers.imap_port, ssl=False,
                        timeout=10)
    client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    client.login(user, password)
    return client


def _wait_idle(client: IMAPClient, wanted: tuple[int, bytes], timeout: float = 3.0):
    """Collect IDLE responses until ``wanted`` arrives; return the seconds."""
    t0 = time.perf_counter()
    responses: list[Any] = []
    while wanted not in responses:
        left = timeout - (time.perf_counter() - t0)
        assert left > 0, f"IDLE gave no {wanted} in {timeout} s: {responses}"
        responses += client.idle_check(timeout=left)
    return time.perf_counter() - t0


@pytest.fixture
def servers():
    with DemoServers(USERS) as srv:
        yield srv


def test_start_is_fast_local_and_stops_cleanly():
    before = set(threading.enumerate())
    t0 = time.perf_counter()
    srv = DemoServers(USERS).start()
    elapsed = time.perf_counter() - t0
    try:
        assert elapsed < 0.5
        assert srv.host == "127.0.0.1"
        assert srv.imap_port
        assert srv.smtp_port
        assert srv.imap_port != srv.smtp_port
        for port in (srv.imap_port, srv.smtp_port):
            with socket.create_connection((srv.host, port), timeout=5):
                pass
    finally:
        srv.stop()
    assert set(threading.enumerate()) == before
    with pytest.raises(OSError):  # noqa: PT011 - refused or reset, as the kernel has it
        socket.create_connection((srv.host, srv.imap_port), timeout=1)
    srv.stop()  # idempotent


def test_login_rules(servers):
    with _imap(servers) as client:  # logins are the lowercased address
        assert b"IDLE" in client.capabilities()
        assert b"MOVE" in client.capabilities()
    with IMAPClient(servers.host, servers.imap_port, ssl=False,
                    timeout=10) as client:
        with pytest.raises(IMAPClient.Error):
            client.login(AR, "wrong")
        with pytest.raises(IMAPClient.Error):
            client.login("nobody@acme.example", "ar-pass")


def test_append_helper_and_uid_fetch(servers):
    servers.append(AR, _raw("first"))
    with _imap(servers) as client:
        info = client.select_folder("INBOX")
        assert info[b"EXISTS"] == 1
        uids = client.search("ALL")
        assert uids == [101]  # pymap starts UIDs at 101
        data = client.fetch(uids, ["RFC822"])
        assert data[101][b"RFC822"] == _raw("first")
    assert servers.fetch_all(AR) == [_raw("first")]
    assert servers.fetch_all(BOSS) == []
    with pytest.raises(KeyError):
        servers.fetch_all("nobody@acme.example")
    with pytest.raises(KeyError):
        servers.fetch_all(AR, "NoSuchFolder")


def test_append_helper_creates_folder(servers):
    servers.append(BOSS, _raw("archived", BOSS), folder="Archive")
    assert servers.fetch_all(BOSS, "Archive") == [_raw("archived", BOSS)]
    with _imap(servers, BOSS, "boss-pass") as client:
        names = [name for _, _, name in client.list_folders()]
        assert "Archive" in names
        client.select_folder("Archive", readonly=True)
        assert client.search("ALL") == [101]


@pytest.mark.asyncio
async def test_smtp_delivers_to_known_and_records_all(servers):
    msg = EmailMessage()
    msg["From"] = "bot@acme.example"
    msg["To"] = "AR@Acme.Example, stranger@elsewhere.example"
    msg["Subject"] = "Invoice 42 reminder"
    msg.set_content("Please pay invoice 42.")
    await aiosmtplib.send(
        msg, hostname=servers.host, port=servers.smtp_port,
        sender="bot@acme.example",
        recipients=["AR@Acme.Example", "stranger@elsewhere.example"],
        start_tls=False, use_tls=False, timeout=10)

    sent = servers.sent
    assert len(sent) == 1
    mail_from, rcpt_tos, data = sent[0]
    assert mail_from == "bot@acme.example"
    assert rcpt_tos == ["AR@Acme.Example", "stranger@elsewhere.example"]
    assert b"Invoice 42 reminder" in data

    with _imap(servers) as client:
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["SUBJECT", "Invoice 42"])
        assert len(uids) == 1
        raw = client.fetch(uids, ["BODY.PEEK[]"])[uids[0]][b"BODY[]"]
    parsed = email.message_from_bytes(raw)
    assert parsed["Subject"] == "Invoice 42 reminder"
    assert servers.fetch_all(BOSS) == []


@pytest.mark.asyncio
async def test_smtp_accepts_any_auth(servers):
    smtp = aiosmtplib.SMTP(hostname=servers.host, port=servers.smtp_port,
                           start_tls=False, use_tls=False, timeout=10)
    await smtp.connect()
    try:
        await smtp.login("whoever", "whatever")
        await smtp.sendmail("bot@acme.example", [BOSS],
                            _raw("authed", BOSS))
    finally:
        await smtp.quit()
    assert servers.fetch_all(BOSS) == [_raw("authed", BOSS)]
    assert [s[1] for s in servers.sent] == [[BOSS]]


def test_idle_wakes_on_append_from_other_connection(servers):
    with _imap(servers) as watcher, _imap(servers) as writer:
        watcher.select_folder("INBOX")
        watcher.idle()
        try:
            writer.append("INBOX", _raw("pushed"))
            assert _wait_idle(watcher, (1, b"EXISTS")) < 3.0
        finally:
            watcher.idle_done()


def test_idle_wakes_on_helper_append_and_smtp_delivery(servers):
    with _imap(servers) as watcher:
        watcher.select_folder("INBOX")
        watcher.idle()
        try:
            servers.append(AR, _raw("helper"))
            _wait_idle(watcher, (1, b"EXISTS"))
            with smtplib.SMTP(servers.host, servers.smtp_port,
                              timeout=10) as smtp:
                smtp.sendmail("x@example.org", [AR], _raw("via-smtp"))
            _wait_idle(watcher, (2, b"EXISTS"))
        finally:
            watcher.idle_done()


def test_restart_gives_fresh_servers():
    srv = DemoServers(USERS)
    with srv:
        srv.append(AR, _raw("one"))
    with srv:
        assert srv.imap_port
        assert srv.fetch_all(AR) == []  # nothing persists
        with _imap(srv) as client:
            client.select_folder("INBOX")


def test_move_to_created_folder(servers):
    servers.append(AR, _raw("to-move"))
    servers.append(AR, _raw("to-stay"))
    with _imap(servers) as client:
        client.create_folder("Processed")
        client.select_folder("INBOX")
        uids = client.search(["SUBJECT", "to-move"])
        assert uids == [101]
        client.move(uids, "Processed")
        assert client.search("ALL") == [102]
        client.select_folder("Processed", readonly=True)
        moved = client.search("ALL")
        assert len(moved) == 1
        body = client.fetch(moved, ["RFC822"])[moved[0]][b"RFC822"]
        assert body == _raw("to-move")
    assert servers.fetch_all(AR, "Processed") == [_raw("to-move")]
    assert servers.fetch_all(AR) == [_raw("to-stay")]


def test_stop_with_clients_still_connected():
    srv = DemoServers(USERS).start()
    client = _imap(srv)
    client.select_folder("INBOX")
    client.idle()
    srv.stop()
    sock = client.socket()
    sock.settimeout(2)
    while sock.recv(4096):  # the server closed the connection: EOF, no hang
        pass
    client.shutdown()

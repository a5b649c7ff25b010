"""The daemon gives freed memory back: glibc's heaps are capped at its start, and their
free pages go back to the system after each tick and each send round
(mailbot/adapters/memory.py; bench/memory.py measures what that comes to)."""

from __future__ import annotations

import asyncio
import ctypes.util
import inspect
import subprocess
import sys
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest

from mailbot import daemon
from mailbot.adapters import memory
from mailbot.adapters.config import parse_config
from mailbot.adapters.models import Outbox
from mailbot.adapters.smtp import SmtpSender
from mailbot.adapters.store import Store
from mailbot.app.services import App
from tests.botenv import AR, BOSS, config_text

STAFF = "boss@acme.test"
ROOT = Path(__file__).resolve().parent.parent


def test_give_back_and_the_arena_cap_are_no_ops_without_glibc(monkeypatch) -> None:
    memory._libc.cache_clear()
    try:
        monkeypatch.setattr(ctypes.util, "find_library", lambda _name: "libnone.so.9")
        memory.give_back()
        assert memory.limit_arenas() is False
    finally:
        memory._libc.cache_clear()


def test_on_glibc_the_arena_cap_is_taken() -> None:
    if memory._libc() is None:
        pytest.skip("not glibc")
    assert memory.limit_arenas(8) is True  # glibc's own default on most machines
    memory.give_back()


async def test_the_daemon_caps_arenas_and_gives_back_after_ticks_and_sends(
        dovecot, smtp_sink, sqlite_url, monkeypatch) -> None:
    calls: list[str] = []

    def cap() -> bool:
        calls.append("start")
        return True

    monkeypatch.setattr(daemon, "limit_arenas", cap)
    monkeypatch.setattr(daemon, "give_back",
                        lambda: calls.append(inspect.stack()[1].function))
    # (the daemon runs on the wall clock: no digest, which is due from 8:00 Berlin time
    # on every day here, and would be a second mail after that hour)
    text = config_text(dovecot, smtp_sink, sqlite_url).replace(
        'holidays_country = "DE"\n', "business_hours = [0, 24]\n"
        "business_days = [1, 2, 3, 4, 5, 6, 7]\n").replace(
        f'digest_to = ["{BOSS}"]', "digest_to = []")
    cfg = parse_config(text, "test config")
    store = Store(cfg.database.url)
    store.migrate()
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = AR, STAFF, "notice"
    msg["Message-ID"] = make_msgid(domain="acme.test")
    msg.set_content("a notice")
    with store.session() as s:
        s.add(Outbox(action_key="test:0", kind="staff_notice", message_id=msg["Message-ID"],
                     recipients=[STAFF], subject="notice", raw=msg.as_bytes(),
                     created_at=datetime.now(UTC)))
        s.commit()
    bot = App(cfg, store, SmtpSender(cfg.smtp, sender=AR))
    stop = asyncio.Event()
    running = asyncio.create_task(daemon.run_daemon(bot, stop=stop))
    try:
        deadline = time.monotonic() + 20
        while not {"tick", "dispatch"} <= set(calls) and time.monotonic() < deadline:  # noqa: ASYNC110 - waits for the daemon's threads
            await asyncio.sleep(0.1)
    finally:
        stop.set()
        await asyncio.wait_for(running, 20)
        store.close()
    assert len(smtp_sink.messages) == 1
    assert calls[0] == "start"
    assert {"tick", "dispatch"} <= set(calls), calls


def test_after_the_cap_a_thread_allocates_in_the_one_heap() -> None:
    # glibc gives a thread its own heap at its first allocation while fewer than the cap
    # exist; malloc_info lists each heap as <heap nr=...>
    if memory._libc() is None:
        pytest.skip("not glibc")
    probe = (
        "import ctypes, os, tempfile, threading\n"
        "from mailbot.adapters import memory\n"
        "assert memory.limit_arenas()\n"
        "held = []\n"
        "def work():\n"
        "    held.extend(bytes(4000 + i) for i in range(2000))\n"
        "threads = [threading.Thread(target=work) for _ in range(3)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "libc = ctypes.CDLL('libc.so.6')\n"
        "libc.fopen.restype = ctypes.c_void_p\n"
        "path = tempfile.mktemp()\n"
        "f = libc.fopen(path.encode(), b'w')\n"
        "libc.malloc_info(0, ctypes.c_void_p(f)); libc.fclose(ctypes.c_void_p(f))\n"
        "print(open(path).read().count('<heap nr=')); os.unlink(path)\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "1"

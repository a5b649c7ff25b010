"""`mailbot sync` says what it reads as it goes (sender, subject, what it was), with a
progress bar on a terminal when a first sync has many messages; piped, only the lines."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.botenv import AR, BOB, at, mail, write_config
from tests.test_cli import mailbot, ok
from tests.test_cli_tables import on_a_terminal

SENT = date(2026, 11, 2)


def fill(dovecot, n: int) -> None:
    for k in range(n):
        dovecot.append("ar", mail("staff@acme.test", [BOB], f"Invoice INV-{500 + k}",
                                  f"Invoice number: INV-{500 + k}\nTotal amount due: EUR "
                                  f"{100 + k}.00\nPayment terms: net 14\n", at(SENT, 10, k % 60),
                                  cc=[AR]))


def test_a_first_sync_of_many_messages_shows_a_bar_and_every_message(dovecot, smtp_sink,
                                                                      sqlite_url, tmp_path):
    cfg = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)
    fill(dovecot, 30)
    out = on_a_terminal("sync", "--config", str(cfg), "--now", at(SENT, 12).isoformat(),
                        columns=120)
    assert "reading mail" in out, out  # the bar (drawn, then cleared)
    assert re.search(r"\d+/30", out), out
    for k in range(30):
        assert re.search(rf"processed\s+staff@acme\.test: Invoice INV-{500 + k} -> invoice "
                         rf"copy: INV-{500 + k} {100 + k}\.00 EUR due 2026-11-16", out), k
    assert "30 new message(s)" in out


@pytest.mark.slow
def test_piped_sync_prints_only_the_lines(dovecot, smtp_sink, sqlite_url, tmp_path):
    cfg = write_config(tmp_path / "config.toml", dovecot, smtp_sink, sqlite_url)
    fill(dovecot, 26)
    dovecot.append("ar", mail(BOB, [AR], "Re: Invoice INV-500 [urgent]",
                              "We will pay INV-500 on 20 November 2026.\n", at(SENT, 11)))
    out = ok(mailbot("sync", "--config", str(cfg), "--now", at(SENT, 12).isoformat()))
    lines = out.splitlines()
    assert len(lines) == 28, out
    assert "reading mail" not in out
    assert "\x1b" not in out  # no terminal codes in a pipe
    assert any(x.startswith("processed   bob@globex.test: Re: Invoice INV-500 [urgent] -> "
                            "client reply") for x in lines), out
    assert lines[-1] == "27 new message(s)"
    # nothing new: says so
    assert ok(mailbot("sync", "--config", str(cfg))).strip() == "0 new message(s)"

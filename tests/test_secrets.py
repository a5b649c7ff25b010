"""Passwords come only from the environment or a file only its owner can read, and never
show up anywhere else: not in logs, the store, the digest, mails, the mailbox or the text
of an error. The bot runs for real (Dovecot, an SMTP server that requires AUTH, SQLite,
the command line as separate processes), right and wrong passwords alike, and then every
place it wrote to is searched for each password."""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from datetime import date
from pathlib import Path

import pytest

from mailbot.adapters.config import ImapConfig, parse_config
from mailbot.errors import ConfigError
from tests.botenv import BOB, at, config_text, invoice_mail, migrate
from tests.servers import SmtpSink

IMAP_SECRET = "Imap-Pw-7f3c9e1b-dovecot"
SMTP_SECRET = "Smtp-Pw-0d5a2f84-relay"
WRONG_IMAP = "Wrong-Imap-Pw-91b7c2aa"
WRONG_SMTP = "Wrong-Smtp-Pw-4e6f1d03"
SECRETS = (IMAP_SECRET, SMTP_SECRET, WRONG_IMAP, WRONG_SMTP)


def secret_file(path: Path, value: str, mode: int = 0o600) -> Path:
    path.write_text(value + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


def bot_config(dovecot, sink, db_url: str, password_file: Path) -> str:
    text = config_text(dovecot, sink, db_url)
    text = text.replace('username = "ar"\npassword_env = "MAILBOT_TEST_IMAP_PASSWORD"',
                        f'username = "vault"\npassword_file = "{password_file}"')
    return text.replace('security = "plain"\n\n[database]',
                        'security = "plain"\nusername = "ar"\n'
                        'password_env = "MAILBOT_TEST_SMTP_SECRET"\n\n[database]')


class Bot:
    """The command line as an operator runs it, every word it says kept."""

    def __init__(self, config: Path, smtp_secret: str) -> None:
        self.config = config
        self.env = {**os.environ, "MAILBOT_TEST_SMTP_SECRET": smtp_secret}
        self.said: list[str] = []

    def __call__(self, *args: str, ok: bool = True) -> str:
        proc = subprocess.run([sys.executable, "-m", "mailbot", *args, "--config",
                               str(self.config)], capture_output=True, text=True,
                              timeout=120, check=False, env=self.env)
        self.said += [proc.stdout, proc.stderr]
        assert (proc.returncode == 0) == ok, proc.stderr + proc.stdout
        return proc.stdout + proc.stderr


def where_found(places: dict[str, bytes]) -> list[tuple[str, str]]:
    return [(name, secret) for name, data in places.items() for secret in SECRETS
            if secret.encode() in data or secret.encode("utf-16-le") in data]


@pytest.mark.slow
def test_no_password_anywhere_after_a_real_run(dovecot, tmp_path):
    dovecot.add_user("vault", IMAP_SECRET)
    db = tmp_path / "bot.db"
    url = f"sqlite:///{db}"
    migrate(url)
    pw_file = secret_file(tmp_path / "imap.secret", IMAP_SECRET)
    with SmtpSink(dovecot=dovecot, auth={"ar": SMTP_SECRET}) as sink:
        config = tmp_path / "config.toml"
        config.write_text(bot_config(dovecot, sink, url, pw_file), encoding="utf-8")
        bot = Bot(config, SMTP_SECRET)
        dovecot.append("vault", invoice_mail("INV-1", BOB, "1,000.00", "net 14",
                                             at(date(2026, 11, 2), 10)))
        bot("sync", "--now", "2026-11-02T10:30")
        bot("tick", "--now", "2026-11-20T10:00")
        assert sink.messages, "the reminder went out through the authenticated relay"
        assert {m.login for m in sink.messages} == {"ar"}
        bot("digest", "--now", "2026-11-23T08:00", "--out", str(tmp_path / "digest.html"),
            "--send")
        bot("status", "--now", "2026-11-23T08:00")
        bot("doctor", "--now", "2026-11-23T08:00")

        # wrong passwords: refused logins are reported, the password they tried is not
        secret_file(pw_file, WRONG_IMAP)
        refused = bot("sync", "--now", "2026-11-23T09:00", ok=False)
        assert "password_file" in refused
        assert str(pw_file) in refused
        secret_file(pw_file, IMAP_SECRET)
        dovecot.append("vault", invoice_mail("INV-2", BOB, "200.00", "net 7",
                                             at(date(2026, 11, 23), 9)))
        bot("sync", "--now", "2026-11-23T09:30")
        wrong = Bot(config, WRONG_SMTP)
        wrong("tick", "--now", "2026-12-07T10:00", ok=False)
        wrong.said, bot.said = [], bot.said + wrong.said
        bot("outbox")

        # a password a reader of the file could see is refused before anything is sent
        pw_file.chmod(0o644)
        loose = bot("sync", "--now", "2026-12-07T11:00", ok=False)
        assert "chmod 600" in loose

    places = {f"output {i}": text.encode() for i, text in enumerate(bot.said)}
    places |= {p.name: p.read_bytes() for p in tmp_path.iterdir()
               if p.is_file() and p != pw_file and p.name.startswith(("bot.db", "digest"))}
    places |= {f"mail {i} to {m.rcpt_tos}": m.data for i, m in enumerate(sink.messages)}
    places |= {f"refused mail {i}": r.data for i, (r, _) in enumerate(sink.rejected)}
    with dovecot.client("vault", IMAP_SECRET) as imap:
        for flags, _sep, folder in imap.list_folders():
            if b"\\Noselect" in flags:
                continue
            imap.select_folder(folder, readonly=True)
            for msg in imap.fetch(imap.search("ALL"), ["RFC822"]).values():
                places[f"imap {folder}"] = places.get(f"imap {folder}", b"") + msg[b"RFC822"]
    assert any(name.startswith("bot.db") for name in places)
    assert any(name.startswith("imap mailbot/processed") for name in places)
    assert where_found(places) == []


@pytest.mark.parametrize("text", [
    '[mailbox]\naddress = "a@b.test"\n[imap]\nhost = "h"\npassword = "{s}"\n',
    '[mailbox]\naddress = "a@b.test"\n[imap]\nhost = "h"\npasword = "{s}"\n',
    '[mailbox]\naddress = "a@b.test"\n[imap]\nhost = "h"\nport = "{s}"\n',
])
def test_a_password_written_into_the_config_is_refused_without_repeating_it(text):
    with pytest.raises(ConfigError) as err:
        parse_config(text.format(s=IMAP_SECRET), "config.toml")
    shown = "".join(traceback.format_exception(err.value))
    assert IMAP_SECRET not in shown
    assert str(err.value).startswith("config.toml: imap")
    if "password =" in text:
        assert "password_env" in str(err.value)
        assert "password_file" in str(err.value)


@pytest.mark.parametrize("url", [
    f"postgresql+psycopg://ar:{SMTP_SECRET}@127.0.0.1:notaport/db",
    f"nosuchdb://ar:{SMTP_SECRET}@127.0.0.1/db",
    f"postgresql://ar:{SMTP_SECRET}@[::1/db",
])
def test_a_database_url_with_a_password_is_never_repeated_in_an_error(url, tmp_path,
                                                                       dovecot, smtp_sink):
    config = tmp_path / "config.toml"
    config.write_text(config_text(dovecot, smtp_sink, url), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mailbot", "status", "--config", str(config)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode != 0
    assert "database.url" in proc.stderr
    assert SMTP_SECRET not in proc.stdout + proc.stderr


@pytest.mark.parametrize(("mode", "ok"), [(0o600, True), (0o400, True), (0o640, False),
                                          (0o604, False)])
def test_a_password_file_must_be_readable_by_its_owner_only(tmp_path, mode, ok):
    imap = ImapConfig(host="h", password_file=str(tmp_path / "pw"))
    secret_file(tmp_path / "pw", IMAP_SECRET, mode)
    if ok:
        assert imap.password("IMAP") == IMAP_SECRET
    else:
        with pytest.raises(ConfigError, match="chmod 600") as err:
            imap.password("IMAP")
        assert IMAP_SECRET not in str(err.value)


def test_the_environment_comes_before_the_file(tmp_path, monkeypatch):
    imap = ImapConfig(host="h", password_env="MB_TEST_PW", password_file=str(tmp_path / "pw"))
    secret_file(tmp_path / "pw", IMAP_SECRET)
    monkeypatch.delenv("MB_TEST_PW", raising=False)
    assert imap.password("IMAP") == IMAP_SECRET
    monkeypatch.setenv("MB_TEST_PW", SMTP_SECRET)
    assert imap.password("IMAP") == SMTP_SECRET

"""Shared pytest fixtures for mailbot.

Other fixture blocks may be appended below; keep each block self-contained.
"""

# hypothesis first: its pytest plugin otherwise imports it at the session's end, where
# CPython 3.11.7's AST recursion check can fail ("AST constructor recursion depth
# mismatch") and swallow the summary line
# a test's database is dropped WITH (FORCE) when it ends; engines the test did not close
# then log "Exception during reset" at exit, which only hides the summary line
import logging

import hypothesis  # noqa: F401

logging.getLogger("sqlalchemy.pool").setLevel(logging.CRITICAL)

# ==================================================================================
# BEGIN mail-server fixtures (tests/servers.py): private Dovecot + SMTP sink.
# ==================================================================================
import pytest

from tests.servers import Dovecot, SmtpSink

DOVECOT_USERS = {
    "ar": "arpw",
    "alice": "alicepw",
    "bob": "bobpw",
    "carol": "carolpw",
    "staff": "staffpw",
    "boss": "bosspw",
}


@pytest.fixture
def dovecot():
    """A fresh, private Dovecot (IMAP/IMAPS/LMTP on 127.0.0.1) with DOVECOT_USERS."""
    with Dovecot(DOVECOT_USERS) as server:
        yield server


@pytest.fixture
def smtp_sink(dovecot):
    """An SMTP server (no AUTH) that records messages and delivers them into `dovecot`."""
    with SmtpSink(dovecot=dovecot) as sink:
        yield sink


# ==================================================================================
# END mail-server fixtures
# ==================================================================================


# ==================================================================================
# Databases: every store test runs on SQLite and, when it answers, on PostgreSQL.
# ==================================================================================
import contextlib
import uuid

import psycopg

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


def _pg_available() -> bool:
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=2):
            return True
    except psycopg.Error:
        return False


PG_OK = _pg_available()


@contextlib.contextmanager
def pg_database(options: str = ""):
    """A fresh PostgreSQL database for one test, dropped afterwards; `options` are
    CREATE DATABASE's (a collation, say)."""
    name = f"mailbot_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" {options}')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A database URL on an empty database: SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mailbot.db'}"
        return
    if not PG_OK:
        pytest.skip("PostgreSQL does not answer at 127.0.0.1:5432")
    with pg_database() as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'mailbot.db'}"

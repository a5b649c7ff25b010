"""Shared pytest fixtures for mailbot.

Other fixture blocks may be appended below; keep each block self-contained.
"""

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

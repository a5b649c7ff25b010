"""The store's key lookups hold under any collation of the database. A PostgreSQL
database created with a language's collation (en-US, as most installers pick) ignores
punctuation when it compares text, so a key range such as "digest:" .. "digest;" holds
none of the digest keys there: the last digest would never be found, and every tick
would plan and render the day's digest again (only the outbox's unique key would stop
the second mail)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import psycopg
import pytest

from mailbot.adapters.models import Outbox
from mailbot.adapters.store import Store
from tests.conftest import PG_OK, pg_database


@pytest.fixture
def icu_url():
    if not PG_OK:
        pytest.skip("PostgreSQL does not answer at 127.0.0.1:5432")
    try:
        with pg_database("TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' "
                         "LOCALE 'C.UTF-8'") as url:
            yield url
    except psycopg.errors.FeatureNotSupported as e:  # built without ICU
        pytest.skip(f"this PostgreSQL has no ICU collations: {e}")


@pytest.fixture(params=["sqlite", "postgresql-icu"])
def store(request, tmp_path):
    url = (f"sqlite:///{tmp_path / 'mailbot.db'}" if request.param == "sqlite"
           else request.getfixturevalue("icu_url"))
    s = Store(url)
    s.migrate()
    try:
        yield s
    finally:
        s.close()


def test_the_last_digest_is_found_whatever_the_collation(store):
    with store.session() as s:
        assert store.last_digest_date(s) is None
        for day in (date(2026, 12, 4), date(2026, 12, 5)):
            s.add(Outbox(action_key=f"digest:{day.isoformat()}", kind="digest",
                         message_id=f"<d{day.day}@ar.test>",
                         recipients=["ar-team@example.test"], subject=f"digest {day}",
                         raw=b"x", created_at=datetime(2026, 12, day.day, 8, tzinfo=UTC)))
        # keys sorting near the digests' in either collation, of other kinds
        s.add(Outbox(action_key="digest;x", kind="staff_notice", message_id="<n1@ar.test>",
                     recipients=["a@b.test"],
                     subject="n", raw=b"x", created_at=datetime(2026, 12, 6, tzinfo=UTC)))
        s.add(Outbox(action_key="digests:2027-01-01", kind="staff_notice",
                     message_id="<n2@ar.test>",
                     recipients=["a@b.test"], subject="n", raw=b"x",
                     created_at=datetime(2026, 12, 6, tzinfo=UTC)))
        s.commit()
        assert store.last_digest_date(s) == date(2026, 12, 5)

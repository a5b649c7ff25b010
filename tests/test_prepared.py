"""Statements run on the driver's cursor (mailbot/adapters/prepared.py) store what
SQLAlchemy's own execution stores: the same text for a datetime, the same JSON (also for
None), the statement's own literals; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import bindparam, insert
from sqlalchemy.exc import OperationalError

from mailbot.adapters import prepared, write_gate
from mailbot.adapters.models import Event, Outbox
from mailbot.adapters.store import Store

NOW = datetime(2026, 11, 3, 9, 0, 1, 123456, tzinfo=UTC)


def _rows(store: Store, table: object) -> list[dict[str, object]]:
    with store.engine.connect() as conn:  # the driver's values, as stored
        return [dict(r._mapping) for r in conn.exec_driver_sql(
            f"SELECT * FROM {table} ORDER BY id").all()]


def _outbox(n: int) -> dict[str, object]:
    return {"action_key": f"k{n}", "kind": "chase", "message_id": f"<m{n}@x>",
            "recipients": ["a@b.test"], "subject": "", "raw": b"x", "invoice_ids": [1],
            "status": "sending", "attempts": 1, "claimed_by": "w", "created_at": NOW}


def test_a_prepared_statement_stores_what_sqlalchemy_stores(db_url):
    store = Store(db_url)
    try:
        store.migrate()
        table = Outbox.__table__  # type: ignore[attr-defined]
        stmt = table.update().where(
            table.c.id == bindparam("row_id"), table.c.status == "sending",
            table.c.claimed_by == bindparam("worker"),
        ).values(status="sent", data_started_at=bindparam("when"),
                 lease_until=bindparam("lease"), refused=bindparam("refused_by"))
        events = Event.__table__.insert().inline().values(  # type: ignore[attr-defined]
            {c: bindparam(c) for c in ("at", "kind", "debtor_id", "cause", "detail")})
        with store.engine.begin() as conn:
            conn.execute(insert(Outbox), [_outbox(1), _outbox(2), _outbox(3), _outbox(4)])
        later = NOW + timedelta(minutes=5)
        values = [{"row_id": 1, "worker": "w", "when": NOW, "lease": later, "refused_by": None},
                  {"row_id": 2, "worker": "w", "when": NOW, "lease": later,
                   "refused_by": {"c@d.test": "550 no"}}]
        details = [{"at": NOW, "kind": "mail_sent", "debtor_id": None, "cause": "k1",
                    "detail": {"action": "k1", "error": None}}]
        with store.engine.begin() as conn:  # SQLAlchemy: rows 1 and 2, one event
            conn.execute(stmt, values)
            conn.execute(events, details)
        raw = store.engine.raw_connection()
        try:
            with prepared.transaction(store.engine, raw, 1.0) as cur:  # driver: 3, 4
                p = prepared.Prepared(stmt, store.engine.dialect)
                assert p.run(cur, {**values[0], "row_id": 3}) == 1
                assert p.run_many(cur, [{**values[1], "row_id": 4},
                                        {**values[1], "row_id": 99}]) == 1
                prepared.Prepared(events, store.engine.dialect).run_many(cur, details)
        finally:
            raw.close()
        got = _rows(store, "outbox")
        for sa_row, driver_row in ((got[0], got[2]), (got[1], got[3])):
            keep = {k: v for k, v in sa_row.items()
                    if k not in ("id", "action_key", "message_id")}
            assert keep == {k: driver_row[k] for k in keep}
        assert got[2]["status"] == "sent"  # the statement's own literal
        first, second = _rows(store, "event")
        assert {k: v for k, v in first.items() if k != "id"} == \
            {k: v for k, v in second.items() if k != "id"}
        with store.session() as s:  # and read back as the models read them
            row = s.get(Outbox, 4)
            assert row is not None
            assert row.data_started_at == NOW
            assert row.refused == {"c@d.test": "550 no"}
    finally:
        store.close()


def test_a_driver_transaction_rolls_back_and_says_what_sqlalchemy_would(sqlite_url):
    store = Store(sqlite_url)
    try:
        store.migrate()
        with store.engine.begin() as conn:
            conn.execute(insert(Outbox), [_outbox(1)])
        raw = store.engine.raw_connection()
        try:
            def fail() -> None:
                with prepared.transaction(store.engine, raw, 1.0) as cur:
                    cur.execute("UPDATE outbox SET status = 'sent' WHERE id = 1")
                    cur.execute("SELECT * FROM no_such_table")

            with pytest.raises(OperationalError, match="no_such_table"):
                fail()  # SQLAlchemy's error, as is_outage reads them
        finally:
            raw.close()
        assert _rows(store, "outbox")[0]["status"] == "sending"  # rolled back
        turns = write_gate.turns_of(store.engine)
        assert turns is not None
        assert turns.acquire(0.1)  # the turn was given back
        turns.release()
    finally:
        store.close()

"""The plain sends a marker's transaction records (SQLite: each statement executed for
all rows; PostgreSQL: set-based, over arrays, in one statement with the marker) store
exactly what the session's path (_write) stores for the same outcomes: the rows'
status, sent_at, refused (JSON null too), lease and error, a row another worker took
left alone, and the events (kind, time, debtor, cause, detail text, in order); on
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlmodel import select

from mailbot.adapters.models import Debtor, Outbox
from mailbot.adapters.store import Store
from mailbot.app.dispatcher import Dispatcher, _Flow, _Outcome

NOW = datetime(2026, 11, 3, 9, 0, 1, 123456, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")

# per pair: (status, claimed by this worker, refused at RCPT, when the 250 came, debtor)
CASES = [
    ("sending", True, None, NOW, 1),
    ("sending", True, {"c@d.test": "550 5.1.1 no such user",
                       "é@d.test": "450 4.2.0 \"busy\""}, NOW + timedelta(seconds=1), 1),
    ("uncertain", True, None, (NOW + timedelta(microseconds=7)).astimezone(BERLIN), 1),
    ("sending", False, None, NOW + timedelta(seconds=3), 1),
    ("sending", True, {"x@y.test": "550 no"}, NOW + timedelta(minutes=2), 1),
    ("sending", True, None, NOW + timedelta(minutes=3), None),  # (staff's digest, say)
]


def _row(key: str, status: str, worker: str, debtor: int | None = 1) -> dict[str, object]:
    return {"action_key": key, "kind": "chase", "message_id": f"<{key}@x>",
            "recipients": ["a@b.test"], "subject": "", "raw": b"x", "invoice_ids": [1],
            "debtor_id": debtor, "status": status, "attempts": 1, "claimed_by": worker,
            "created_at": NOW, "lease_until": NOW + timedelta(hours=1),
            "data_started_at": NOW}


def _stored(store: Store, table: str, columns: str) -> list[dict[str, object]]:
    with store.engine.connect() as conn:  # the driver's values, JSON as its text
        return [dict(r._mapping) for r in conn.exec_driver_sql(
            f"SELECT {columns} FROM {table} ORDER BY id").all()]


def test_sends_recorded_with_a_marker_store_what_the_session_path_stores(db_url):
    store = Store(db_url)
    try:
        store.migrate()
        d = Dispatcher(store, None)
        keys = {"ref": [f"ref{i}" for i in range(len(CASES))],
                "fast": [f"fast{i}" for i in range(len(CASES))]}
        with store.engine.begin() as conn:
            conn.execute(insert(Debtor), [{"id": 1, "name": "Client", "created_at": NOW}])
            conn.execute(insert(Outbox), [
                _row(keys[side][i], status, d.worker if ours else "someone-else", debtor)
                for side in ("ref", "fast")
                for i, (status, ours, _, _, debtor) in enumerate(CASES)]
                + [_row("next", "sending", d.worker)])
        with store.session() as s:
            by_key = {r.action_key: r for r in s.exec(select(Outbox)).all()}
            s.expunge_all()

        def outcomes(side: str) -> list[_Outcome]:
            return [_Outcome(by_key[keys[side][i]], at, refused=refused)
                    for i, (_, _, refused, at, _) in enumerate(CASES)]

        with store.session() as s:  # the session's path, as a claim or settle records
            d._write(s, outcomes("ref"))
            s.commit()
        flow = _Flow()
        fast = outcomes("fast")
        try:  # with the next mail's marker, as the store's thread records them
            assert d._mark_fast(flow, by_key["next"], NOW + timedelta(minutes=5), fast)
        finally:
            assert flow.writer is not None
            flow.writer.close()
        assert [o.row.status for o in fast] == ["sent"] * len(CASES)

        json_text = "::text" if store.is_postgres else ""
        rows = {r["action_key"]: r for r in _stored(
            store, "outbox", "action_key, status, claimed_by, lease_until, data_started_at,"
                             f" sent_at, last_error, refused{json_text} AS refused")}
        for ref, new in zip(keys["ref"], keys["fast"], strict=True):
            assert {**rows[ref], "action_key": None} == {**rows[new], "action_key": None}
        assert [rows[k]["status"] for k in keys["fast"]] == \
            ["sent", "sent", "sent", "sending", "sent", "sent"]
        assert rows["fast1"]["refused"] is not None
        assert rows["fast0"]["refused"] == "null"
        assert rows["next"]["data_started_at"] is not None

        events = _stored(store, "event", "at, kind, invoice_id, debtor_id, message_pk, cause,"
                                         f" detail{json_text} AS detail")
        ref_events = [e for e in events if str(e["cause"]).startswith("ref")]
        fast_events = [e for e in events if str(e["cause"]).startswith("fast")]
        assert len(ref_events) == len(CASES) + 3  # one a send, one a refused address
        assert [{**e, "cause": None, "detail": str(e["detail"]).replace("ref", "")}
                for e in ref_events] == \
            [{**e, "cause": None, "detail": str(e["detail"]).replace("fast", "")}
             for e in fast_events]
        assert [e["cause"] for e in fast_events] == \
            [str(e["cause"]).replace("ref", "fast") for e in ref_events]
    finally:
        store.close()


def test_a_marker_on_a_row_no_longer_ours_still_records_the_sends(db_url):
    store = Store(db_url)
    try:
        store.migrate()
        d = Dispatcher(store, None)
        with store.engine.begin() as conn:
            conn.execute(insert(Debtor), [{"id": 1, "name": "Client", "created_at": NOW}])
            conn.execute(insert(Outbox), [_row("sent0", "sending", d.worker, None),
                                          _row("lost", "sending", "another-worker")])
        with store.session() as s:
            by_key = {r.action_key: r for r in s.exec(select(Outbox)).all()}
            s.expunge_all()
        flow = _Flow()
        try:
            assert not d._mark_fast(flow, by_key["lost"], NOW,
                                    [_Outcome(by_key["sent0"], NOW)])
        finally:
            assert flow.writer is not None
            flow.writer.close()
        rows = {r["action_key"]: r for r in _stored(
            store, "outbox", "action_key, status, claimed_by, lease_until")}
        assert rows["sent0"]["status"] == "sent"
        assert rows["sent0"]["lease_until"] is None
        assert rows["lost"]["claimed_by"] == "another-worker"
        assert [(e["kind"], e["debtor_id"]) for e in _stored(store, "event", "kind, debtor_id")] \
            == [("mail_sent", None)]  # (no debtor's in the batch: an array of nulls)
    finally:
        store.close()


def test_the_last_look_holds_no_read_open_on_sqlite(sqlite_url):
    """The last look's cursor lives as long as the flush: its read must still end with each
    look, or SQLite could not checkpoint its log past it while mail goes out."""
    import sqlite3

    from mailbot.app.results import TickReport

    store = Store(sqlite_url)
    try:
        store.migrate()
        d = Dispatcher(store, None)
        with store.engine.begin() as conn:
            conn.execute(insert(Debtor), [{"id": 1, "name": "Client", "created_at": NOW}])
            conn.execute(insert(Outbox), [_row("look", "sending", d.worker)])
        with store.session() as s:
            row = s.exec(select(Outbox)).one()
            s.expunge_all()
        flow = _Flow()
        try:
            assert d._still_wanted(flow, row, NOW, TickReport())
            path = store.sqlite_path()
            assert path is not None
            other = sqlite3.connect(path, timeout=0.2)
            try:
                other.execute("UPDATE debtor SET name = 'Client 2'")
                other.commit()
                busy, _, _ = other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                other.close()
            assert busy == 0
            assert d._still_wanted(flow, row, NOW, TickReport())  # the cursor still works
        finally:
            d._close_look(flow)
    finally:
        store.close()

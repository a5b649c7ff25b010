"""Core statements compiled once per dialect and run on the driver's own cursor.

The outbox writes a marker before every mail's DATA and records every send: a few
statements per mail, where SQLAlchemy's execution path (cache key, parameter processing,
result objects) costs several times the statement itself. Compiled here once, each
runs with the dialect's own bind processing (the same stored text for a datetime or a
JSON value as SQLAlchemy writes), so what the rest of the store reads is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any, cast

from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from mailbot.adapters import write_gate


class Prepared:
    """One statement, compiled for one dialect (no expanding IN parameters)."""

    def __init__(self, stmt: ClauseElement, dialect: Dialect) -> None:
        compiled = cast(SQLCompiler, stmt.compile(dialect=dialect))
        self.sql = compiled.string
        # the statement's own literals ('sending'), with its parameters' names
        self._fixed = dict(compiled.construct_params(_check=False) or {})
        self._order: list[str] | None = (list(compiled.positiontup or [])
                                         if compiled.positional else None)
        self._procs: list[tuple[str, Callable[[Any], Any]]] = []
        procs: dict[str, Callable[[Any], Any]] = {}
        for bind, name in compiled.bind_names.items():
            proc = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if proc is not None:
                self._procs.append((name, proc))
                procs[name] = proc
        # positional: each place's name, processor (or None) and the statement's own
        # value, so that a statement run for every mail builds its tuple in one pass
        self._places = [(name, procs.get(name), self._fixed.get(name))
                        for name in self._order or []]

    def processor(self, name: str) -> Callable[[Any], Any]:
        """How the value of the parameter `name` is handed to the driver."""
        for bound, proc in self._procs:
            if bound == name:
                return proc
        return _same

    def params(self, given: Mapping[str, Any]) -> Any:
        """The driver's parameters for these values (by the names of their bindparams)."""
        if self._order is not None:
            out = []
            for name, proc, fixed in self._places:
                value = given.get(name, fixed)
                out.append(value if proc is None else proc(value))
            return tuple(out)
        values = {**self._fixed, **given}
        for name, proc in self._procs:
            values[name] = proc(values[name])
        return values

    def run(self, cursor: Any, given: Mapping[str, Any]) -> int:
        """Execute on a DB-API cursor; the rows it changed."""
        cursor.execute(self.sql, self.params(given))
        return int(cursor.rowcount)

    def run_many(self, cursor: Any, rows: Iterable[Mapping[str, Any]]) -> int:
        cursor.executemany(self.sql, [self.params(r) for r in rows])
        return int(cursor.rowcount)


def _same(value: Any) -> Any:
    return value


@contextmanager
def transaction(engine: Engine, conn: Any, wait: float, *,
                autocommit: bool = False) -> Iterator[Any]:
    """A cursor of `conn` in a transaction committed at the end, rolled back on an error.
    `conn`: a connection from `engine.raw_connection()`, or (`autocommit`) the driver's
    connection of an AUTOCOMMIT one, where the transaction is BEGIN ... COMMIT (a caller
    with one statement to run needs none: `statement`). On SQLite the writer takes its
    turn among the process's writers as SQLAlchemy's would (write_gate.py; `wait`: as
    long as they wait). A driver's error is raised as SQLAlchemy raises it, so that
    callers tell an outage from other errors as they do elsewhere; a pooled connection
    is then invalidated (dropped, not returned to the pool)."""
    with _turn(engine, wait), _as_sqlalchemy_errors(engine, conn, invalidate=True):
        cursor = conn.cursor()
        try:
            if autocommit:
                cursor.execute("BEGIN")
            try:
                yield cursor
            except BaseException:
                with suppress(Exception):
                    cursor.execute("ROLLBACK") if autocommit else conn.rollback()
                raise
            if autocommit:
                cursor.execute("COMMIT")
            else:
                conn.commit()
        finally:
            cursor.close()


def statement(engine: Engine, conn: Any, wait: float, sql: Prepared,
              given: Mapping[str, Any]) -> int:
    """One statement on the driver's connection of an AUTOCOMMIT connection, committed on
    its own (a round trip, where a transaction takes three); the rows it changed."""
    # as `with _turn(...), _as_sqlalchemy_errors(...)`, written out: it runs before
    # every mail's DATA, and two generator context managers cost more than the statement
    turns = write_gate.turns_of(engine)
    held = turns.acquire(wait) if turns is not None else False
    try:
        cursor = conn.cursor()
        try:
            return sql.run(cursor, given)
        finally:
            cursor.close()
    except engine.dialect.loaded_dbapi.Error as e:
        raise DBAPIError.instance(None, None, e, engine.dialect.loaded_dbapi.Error,
                                  dialect=engine.dialect) from e
    finally:
        if held:
            assert turns is not None
            turns.release()


@contextmanager
def _as_sqlalchemy_errors(engine: Engine, conn: Any, *, invalidate: bool) -> Iterator[None]:
    """A driver's error raised as SQLAlchemy raises it, so that callers tell an outage
    from other errors as they do elsewhere; with `invalidate`, a pooled connection is
    dropped, not returned to the pool."""
    dbapi = engine.dialect.loaded_dbapi
    try:
        yield
    except dbapi.Error as e:
        if invalidate and hasattr(conn, "invalidate"):
            with suppress(Exception):
                conn.invalidate()
        raise DBAPIError.instance(None, None, e, dbapi.Error, dialect=engine.dialect) from e


@contextmanager
def _turn(engine: Engine, wait: float) -> Iterator[None]:
    turns = write_gate.turns_of(engine)
    held = turns.acquire(wait) if turns is not None else False
    try:
        yield
    finally:
        if held:
            assert turns is not None
            turns.release()

"""Reading many messages at once: parse + verify + classify, in worker processes when a
batch is large enough to pay for them (a first sync), else in this process.

Reading is pure but asks the store questions (facts: is this a known invoice number, a
known contact ...). A batch is read before any of it is applied, so a reply read in the
same batch as the invoice copy it answers would not have seen that invoice. Every
question and its answer is therefore recorded (`RecordedFacts`), and the ingest asks the
same questions again inside its write transaction, just before applying the message: the
same answers mean the same reading (classify is deterministic), another answer means the
message is read again there. So a batch reads exactly what one-by-one ingest would.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import structlog
from sqlalchemy.exc import OperationalError

from mailbot.adapters.store import SqlFacts, Store
from mailbot.domain.values import Classification
from mailbot.errors import StoreUnavailable
from mailbot.reading.classify import Context, classify
from mailbot.reading.facts import KnownFacts
from mailbot.reading.parse import ParseError, parse_message
from mailbot.reading.trust import AuthVerdict, verify

log = structlog.get_logger()

POOL_MIN = 40  # fewer new messages than this are read here: starting workers costs ~1 s
CHUNK = 20  # messages per task sent to a worker: few round trips, even shares
POOL_MAX_BYTES = 2_000_000  # bigger messages are read here, not copied to a worker
# the worker processes; the parent stores, applies and talks IMAP meanwhile
WORKERS = max(1, min(4, os.cpu_count() or 1))

Question = tuple[str, tuple[Any, ...], Any]  # (method, arguments, answer)


class RecordedFacts:
    """A KnownFacts that writes down every question asked of it and the answer."""

    def __init__(self, inner: KnownFacts) -> None:
        self.inner = inner
        self.asked: list[Question] = []

    def _ask(self, name: str, *args: Any) -> Any:
        answer = getattr(self.inner, name)(*args)
        self.asked.append((name, args, answer))
        return answer

    def numbers_in(self, text: str) -> list[str]:
        return list(self._ask("numbers_in", text))

    def known_numbers(self, numbers: Iterable[str]) -> dict[str, str]:
        return dict(self._ask("known_numbers", tuple(numbers)))

    def number_shapes(self) -> frozenset[str]:
        return frozenset(self._ask("number_shapes"))

    def numbers_ending(self, digits: str) -> list[str]:
        return list(self._ask("numbers_ending", digits))

    def knows_any_invoice(self) -> bool:
        return bool(self._ask("knows_any_invoice"))

    def is_known_message(self, message_id: str) -> bool:
        return bool(self._ask("is_known_message", message_id))

    def is_contact(self, email: str) -> bool:
        return bool(self._ask("is_contact", email))


def same_answers(asked: list[Question], facts: KnownFacts) -> bool:
    """Whether `facts` answers every recorded question as it was answered then."""
    return all(getattr(facts, name)(*args) == answer for name, args, answer in asked)


Understood = tuple[Classification, AuthVerdict] | str  # a reading, or why there is none


@dataclass
class Reading:
    """What reading one message gave, and the questions it asked of the store."""

    understood: Understood
    asked: list[Question] = field(default_factory=list)


def read(raw: bytes, base: Context, facts: KnownFacts) -> Reading:
    """Parse, verify and classify one message; any failure but the store's is a reason.
    The store being unreachable raises: the message is then read again later."""
    recorded = RecordedFacts(facts)
    try:
        parsed = parse_message(raw)
        verdict = verify(parsed, base.trust)
        ctx = dataclasses.replace(base, lookup=recorded)
        return Reading((classify(parsed, ctx, verdict), verdict), recorded.asked)
    except (StoreUnavailable, OperationalError):
        raise
    except Exception as e:  # one bad message never stops the loop  # noqa: BLE001
        return Reading(str(e) if isinstance(e, ParseError) else f"{type(e).__name__}: {e}")


# -- the worker processes -----------------------------------------------------------------

_worker: tuple[Store, Context] | None = None


def _start_worker(url: str, base: Context) -> None:
    global _worker
    _worker = (Store(url), base)


def _read_chunk(raws: list[bytes]) -> list[Reading | None]:
    """In a worker: read each message; None where the store failed (read in the parent)."""
    assert _worker is not None
    store, base = _worker
    out: list[Reading | None] = []
    with store.session() as s:
        facts = SqlFacts(s)
        for raw in raws:
            try:
                out.append(read(raw, base, facts))
            except (StoreUnavailable, OperationalError):
                out.append(None)
    return out


class ReadingPool:
    """Worker processes for one sync: started on the first large batch, stopped by
    `close` (a daemon keeps none between syncs: each holds the readers' models)."""

    def __init__(self, store: Store, base: Context, workers: int = WORKERS) -> None:
        # a database in memory is this process's alone: no worker could read its facts
        self.usable = workers > 1 and (store.is_postgres or store.sqlite_path() is not None)
        self.url = store.engine.url.render_as_string(hide_password=False)
        self.base = base
        self.workers = workers
        self.executor: ProcessPoolExecutor | None = None

    def read_all(self, raws: list[bytes],
                 read_here: Callable[[bytes], Reading]) -> list[Reading]:
        """Every message read, in order; by the workers when there are enough of them.
        Whatever a worker could not read (too big, its process died, the store failed
        there) is read here by `read_here`."""
        results: list[Reading | None] = [None] * len(raws)
        small = [i for i, raw in enumerate(raws) if len(raw) <= POOL_MAX_BYTES]
        if self.usable and len(small) >= POOL_MIN:
            futures: list[tuple[list[int], Future[list[Reading | None]]]] = []
            try:
                executor = self._executor()
                for start in range(0, len(small), CHUNK):
                    part = small[start:start + CHUNK]
                    futures.append((part, executor.submit(_read_chunk, [raws[i] for i in part])))
            except Exception as e:  # noqa: BLE001 -- no workers: read everything here
                log.warning("reading pool unavailable", error=f"{type(e).__name__}: {e}")
                self.close()
            for part, future in futures:
                try:
                    for i, reading in zip(part, future.result(), strict=True):
                        results[i] = reading
                except Exception as e:  # noqa: BLE001 -- a worker died: read those here
                    log.warning("reading pool failed", error=f"{type(e).__name__}: {e}")
                    self.close()
        return [r if r is not None else read_here(raw) for r, raw in zip(results, raws,
                                                                         strict=True)]

    def _executor(self) -> ProcessPoolExecutor:
        if self.executor is None:
            # spawn: the daemon has threads, and a forked copy of a lock held by one of
            # them would never be released in the child
            self.executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(self.url, self.base))
        return self.executor

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

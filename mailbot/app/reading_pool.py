"""Reading many messages at once: parse + verify + classify, in worker processes when a
batch is large enough to pay for them (a first sync), else in this process.

Reading is pure but asks the store questions (facts: is this a known invoice number, a
known contact ...). A batch is read before any of it is applied, so a reply read in the
same batch as the invoice copy it answers would not have seen that invoice. Every
question and its answer is therefore recorded (`RecordedFacts`), and the ingest asks the
same questions again inside its write transaction, just before applying the message: the
same answers mean the same reading (classify is deterministic), another answer means the
message is read again there. So a batch reads exactly what one-by-one ingest would.

Read again in the parent, one at a time, would undo the workers' gain in a batch where
replies follow the invoice copies they answer. So the invoices, contacts and Message-IDs
that earlier messages of the batch will add (`Overlay`, foreseen from their readings)
are checked first: a message whose questions touch them is read a second time by the
workers, with those facts added to the store's answers (`OverlayFacts`).
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
from mailbot.reading import facts
from mailbot.reading.classify import Context, classify
from mailbot.reading.facts import KnownFacts
from mailbot.reading.parse import ParsedMessage, ParseError, parse_message
from mailbot.reading.trust import AuthVerdict, verify

log = structlog.get_logger()

POOL_MIN = 40  # fewer new messages than this are read here: starting workers costs ~1 s
CHUNK = 20  # messages per task sent to a worker: few round trips, even shares
POOL_MAX_BYTES = 2_000_000  # bigger messages are read here, not copied to a worker
# a message read here is kept parsed for its storing up to this size: a batch's worth of
# big ones would hold several copies of each (its text, parts and attachments) at once
KEEP_PARSED_BYTES = 128 * 1024
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
        # as SqlFacts reads it (the known ones among the text's candidates), so that what
        # is recorded is one lookup: asking it again costs a query, not the text's parsing
        lookup = self.known_numbers(p for _, _, p in facts.candidates(text))
        return facts.find_known(text, lookup) if lookup else []

    def known_numbers(self, numbers: Iterable[str]) -> dict[str, str]:
        return dict(self._ask("known_numbers", tuple(numbers)))

    def number_shapes(self) -> frozenset[str]:
        return frozenset(self._ask("number_shapes"))

    def numbers_ending(self, digits: str) -> list[str]:
        return list(self._ask("numbers_ending", digits))

    def numbers_containing(self, digits: str) -> list[str]:
        return list(self._ask("numbers_containing", digits))

    def knows_any_invoice(self) -> bool:
        return bool(self._ask("knows_any_invoice"))

    def is_known_message(self, message_id: str) -> bool:
        return bool(self._ask("is_known_message", message_id))

    def is_contact(self, email: str) -> bool:
        return bool(self._ask("is_contact", email))


def same_answers(asked: list[Question], known: KnownFacts) -> bool:
    """Whether `known` answers every recorded question as it was answered then."""
    return all(getattr(known, name)(*args) == answer for name, args, answer in asked)


Understood = tuple[Classification, AuthVerdict] | str  # a reading, or why there is none


@dataclass
class Reading:
    """What reading one message gave, and the questions it asked of the store."""

    understood: Understood
    asked: list[Question] = field(default_factory=list)
    message_id: str | None = None
    # the message as parsed, when read in this process (a worker sends none back: copying
    # it costs about what parsing it again does); the readers leave it as they found it
    parsed: ParsedMessage | None = field(default=None, repr=False, compare=False)


@dataclass
class Overlay:
    """What the messages before one in its batch will add to the store, as foreseen from
    their readings: the invoices they register, with their contacts and threads."""

    numbers: dict[str, str] = field(default_factory=dict)  # casefold -> as written
    contacts: set[str] = field(default_factory=set)
    message_ids: set[str] = field(default_factory=set)

    def add(self, reading: Reading) -> None:
        if isinstance(reading.understood, str) or reading.understood[0].invoice is None:
            return
        c = reading.understood[0]
        assert c.invoice is not None
        self.numbers[c.invoice.number.casefold()] = c.invoice.number
        self.contacts.update(a.email.lower() for a in c.debtor_contacts)
        if reading.message_id:
            self.message_ids.add(reading.message_id)

    def copy(self) -> Overlay:
        return Overlay(dict(self.numbers), set(self.contacts), set(self.message_ids))

    def __bool__(self) -> bool:
        return bool(self.numbers or self.contacts or self.message_ids)

    def touches(self, asked: list[Question]) -> bool:
        """Whether a question might be answered otherwise once these facts are added."""
        return any(self._touches(name, args, answer) for name, args, answer in asked)

    def _touches(self, name: str, args: tuple[Any, ...], answer: Any) -> bool:
        match name:
            case "known_numbers":
                return any(n.casefold() in self.numbers for n in args[0])
            case "is_contact":
                return bool(args[0].lower() in self.contacts)
            case "is_known_message":
                return args[0] in self.message_ids
            case "knows_any_invoice":
                return not answer and bool(self.numbers)
            case "number_shapes":
                return not facts.shapes(self.numbers.values()) <= answer
            case "numbers_ending":
                return any(facts.ends_with_group(n, args[0]) for n in self.numbers.values())
            case "numbers_containing":
                return any(args[0] in n for n in self.numbers.values())
        return True  # a question it does not know: read again to be sure


class OverlayFacts:
    """The store's answers with an overlay's facts added (a batch's second reading)."""

    def __init__(self, inner: KnownFacts, overlay: Overlay) -> None:
        self.inner = inner
        self.overlay = overlay

    def known_numbers(self, numbers: Iterable[str]) -> dict[str, str]:
        numbers = list(numbers)
        found = self.inner.known_numbers(numbers)
        found.update({n.casefold(): self.overlay.numbers[n.casefold()] for n in numbers
                      if n.casefold() in self.overlay.numbers})
        return found

    def numbers_in(self, text: str) -> list[str]:
        lookup = self.known_numbers(p for _, _, p in facts.candidates(text))
        return facts.find_known(text, lookup) if lookup else []

    def number_shapes(self) -> frozenset[str]:
        return self.inner.number_shapes() | facts.shapes(self.overlay.numbers.values())

    def numbers_ending(self, digits: str) -> list[str]:
        mine = [n for n in self.overlay.numbers.values() if facts.ends_with_group(n, digits)]
        return list(dict.fromkeys([*self.inner.numbers_ending(digits), *mine]))

    def numbers_containing(self, digits: str) -> list[str]:
        mine = [n for n in self.overlay.numbers.values() if digits in n]
        return list(dict.fromkeys([*self.inner.numbers_containing(digits), *mine])
                    )[:facts.CONTAINING_LIMIT]

    def knows_any_invoice(self) -> bool:
        return bool(self.overlay.numbers) or self.inner.knows_any_invoice()

    def is_known_message(self, message_id: str) -> bool:
        return message_id in self.overlay.message_ids or self.inner.is_known_message(message_id)

    def is_contact(self, email: str) -> bool:
        return email.lower() in self.overlay.contacts or self.inner.is_contact(email)


def read(raw: bytes, base: Context, known: KnownFacts, overlay: Overlay | None = None,
         ) -> Reading:
    """Parse, verify and classify one message; any failure but the store's is a reason.
    The store being unreachable raises: the message is then read again later. The
    answers recorded are those the readers were given (with the overlay's facts): what
    the store must answer once the messages before this one are stored."""
    recorded = RecordedFacts(OverlayFacts(known, overlay) if overlay else known)
    try:
        parsed = parse_message(raw)
        verdict = verify(parsed, base.trust)
        ctx = dataclasses.replace(base, lookup=recorded)
        return Reading((classify(parsed, ctx, verdict), verdict), recorded.asked,
                       parsed.message_id, parsed if len(raw) <= KEEP_PARSED_BYTES else None)
    except (StoreUnavailable, OperationalError):
        raise
    except Exception as e:  # one bad message never stops the loop  # noqa: BLE001
        return Reading(str(e) if isinstance(e, ParseError) else f"{type(e).__name__}: {e}")


# -- the worker processes -----------------------------------------------------------------

_worker: tuple[Store, Context] | None = None


def _start_worker(url: str, base: Context) -> None:
    global _worker
    _worker = (Store(url), base)


def _read_chunk(raws: list[bytes], overlays: list[Overlay | None]) -> list[Reading | None]:
    """In a worker: read each message; None where the store failed (read in the parent)."""
    assert _worker is not None
    store, base = _worker
    out: list[Reading | None] = []
    with store.session() as s:
        known = SqlFacts(s)
        for raw, overlay in zip(raws, overlays, strict=True):
            try:
                out.append(dataclasses.replace(read(raw, base, known, overlay), parsed=None))
            except (StoreUnavailable, OperationalError):
                out.append(None)
    return out


ReadHere = Callable[[bytes, Overlay | None], Reading]


def spare_cores() -> float:
    """Cores nobody is using (a minute's load average): on a machine already busy,
    worker processes only add their start-up and copying (measured: 18 vs 21 msg/s at a
    load of 12 on 2 cores), so a sync then reads in its own process."""
    return (os.cpu_count() or 1) - os.getloadavg()[0]


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

    def read_all(self, raws: list[bytes], read_here: ReadHere) -> list[Reading]:
        """Every message read, in order, as if each after the ones before it were stored:
        a message whose questions touch what those will add is read again with it.
        Read here (no workers for this batch), each message is read once, in order, with
        what the ones before it will add: nothing to read again."""
        if not self._by_workers(raws):
            overlay = Overlay()
            readings = []
            for raw in raws:
                reading = read_here(raw, overlay.copy() if overlay else None)
                overlay.add(reading)
                readings.append(reading)
            return readings
        readings = self._read(raws, [None] * len(raws), read_here)
        overlay = Overlay()
        again: list[tuple[int, Overlay]] = []
        for i, r in enumerate(readings):
            if overlay and r.asked and overlay.touches(r.asked):
                again.append((i, overlay.copy()))
            overlay.add(r)
        if again:
            second = self._read([raws[i] for i, _ in again], [o for _, o in again], read_here)
            for (i, _), r in zip(again, second, strict=True):
                readings[i] = r
        return readings

    def _read(self, raws: list[bytes], overlays: list[Overlay | None],
              read_here: ReadHere) -> list[Reading]:
        """By the workers when there are enough messages; whatever a worker could not
        read (too big, its process died, the store failed there) is read here."""
        results: list[Reading | None] = [None] * len(raws)
        small = [i for i, raw in enumerate(raws) if len(raw) <= POOL_MAX_BYTES]
        if self._by_workers(raws):
            futures: list[tuple[list[int], Future[list[Reading | None]]]] = []
            try:
                executor = self._executor()
                for start in range(0, len(small), CHUNK):
                    part = small[start:start + CHUNK]
                    futures.append((part, executor.submit(
                        _read_chunk, [raws[i] for i in part], [overlays[i] for i in part])))
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
        return [r if r is not None else read_here(raw, o)
                for r, raw, o in zip(results, raws, overlays, strict=True)]

    def _by_workers(self, raws: list[bytes]) -> bool:
        """Whether the workers read (the small ones of) these messages."""
        small = sum(len(raw) <= POOL_MAX_BYTES for raw in raws)
        return (self.usable and small >= POOL_MIN
                and (self.executor is not None or spare_cores() >= 1))

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

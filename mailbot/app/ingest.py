"""Ingest: one message in -> stored, read, applied, in one transaction, or quarantined.

The readers run outside the write lock (a long PDF must not hold up staff commands);
what the message means is applied by `Appliers` inside the write session, all or nothing.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar

import structlog
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col, select

from mailbot.adapters.config import Config
from mailbot.adapters.db_errors import cause_of, is_conflict, is_outage, one_line
from mailbot.adapters.models import Checkpoint, Debtor, MailMessage, content_hash
from mailbot.adapters.store import SqlFacts, Store
from mailbot.app.appliers import Appliers
from mailbot.app.context import classification_json, describe
from mailbot.app.reading_pool import (
    Reading,
    ReadingPool,
    Understood,
    read,
    same_answers,
)
from mailbot.app.results import IngestResult
from mailbot.domain.values import (
    Classification,
)
from mailbot.errors import StoreUnavailable
from mailbot.reading.classify import Context, classify
from mailbot.reading.parse import ParsedMessage, ParseError, parse_message
from mailbot.reading.trust import AuthVerdict, verify

log = structlog.get_logger()

def _why_stored(at_its_place: bool, same_bytes: bool) -> str:
    """Why a message is not stored again ("" when it is new): stored from this place, or
    its bytes stored before (the same delivery seen again: a UIDVALIDITY reset, a copy
    back to the inbox)."""
    if at_its_place:
        return "already processed"
    return "same message already stored" if same_bytes else ""


class Ingest:
    """Takes raw messages from the mailbox (or a file) and applies what they mean."""

    def __init__(self, config: Config, store: Store, appliers: Appliers) -> None:
        self.config = config
        self.store = store
        self.appliers = appliers
        self.base_context = appliers.context  # built once, not per message
        self.read_again = 0  # batch readings the store answered otherwise (for the bench)
        # cancels, in the message's transaction, the queued mail of the debtors it touched
        # that must no longer go out (App wires the dispatcher's cancel_moot here)
        self.cancel_moot: Callable[[Session, datetime, set[int]], list[Any]] | None = None

    def context(self, s: Session) -> Context:
        return dataclasses.replace(self.base_context, lookup=SqlFacts(s))

    def ingest(self, raw: bytes, *, now: datetime, folder: str | None = None,
               uidvalidity: int | None = None, uid: int | None = None) -> IngestResult:
        """Store one message and apply what it means, all or nothing.

        One message can never stop the inbox: whatever it does (unparseable, a reader that
        raises, a value the database refuses) its raw bytes are kept, it is quarantined with
        the reason, and the next message can be read. Only the database itself being out
        of reach stops ingest (the message is then read again later)."""
        where = _Where(folder, uidvalidity, uid)
        with self.store.session() as s:
            known = self._duplicate(s, raw, where)
        understood: tuple[ParsedMessage, Classification, AuthVerdict] | str
        if known:
            understood = "already stored"  # not read again: the write below says duplicate
        else:
            # read outside the write lock: a long PDF must not hold up staff commands
            try:
                parsed = parse_message(raw)
                # the readers ask the store as they go (SqlFacts): classify while the
                # session is open, or each question would check out a connection of its own
                with self.store.session() as s:
                    # who sent it is checked once: the readers and the appliers both ask
                    verdict = verify(parsed, self.base_context.trust)
                    understood = (parsed, classify(parsed, self.context(s), verdict), verdict)
            except (StoreUnavailable, OperationalError):
                raise
            except Exception as e:  # one bad message never stops the loop  # noqa: BLE001
                understood = str(e) if isinstance(e, ParseError) else f"{type(e).__name__}: {e}"
        def store() -> IngestResult:
            with self.store.write_session() as s:
                touched = _watch_debtors(s)
                result = self._store_message(s, raw, now, where, understood, touched)
                return dataclasses.replace(result, debtor_ids=tuple(sorted(touched)))

        stored = _stored(store, "message could not be stored", uid=uid)
        if not isinstance(stored, BaseException):
            return stored
        failure = f"could not be stored: {one_line(stored)}"
        with self.store.write_session() as s:
            return self._store_message(s, raw, now, where, failure)

    def _cancel_moot(self, s: Session, now: datetime, touched: set[int] | None) -> None:
        if self.cancel_moot is None or not touched:
            return
        s.flush()  # the debtors the message touched are all known once flushed
        if not self.store.has_pending_mail(s, touched):
            return  # only queued mail can be moot: no savepoint for most messages
        try:
            with s.begin_nested():
                self.cancel_moot(s, now, set(touched))
        except Exception as e:  # the dispatcher still finds them moot on their turn
            cause = cause_of(e)
            if is_outage(cause) or is_conflict(cause):
                raise
            log.exception("could not cancel the mail the message made moot")

    def _duplicate(self, s: Session, raw: bytes, where: _Where) -> str:
        if where.located and self.store.has_message(s, *where.key):
            return _why_stored(True, False)
        return _why_stored(False, self.store.has_bytes(s, content_hash(raw)))

    def _store_message(self, s: Session, raw: bytes, now: datetime, where: _Where,
                       understood: tuple[ParsedMessage, Classification, AuthVerdict] | str,
                       touched: set[int] | None = None) -> IngestResult:
        result = self._stage(s, raw, now, where, understood, touched)
        s.commit()
        _log(result, where.uid)
        return result

    def _stage(self, s: Session, raw: bytes, now: datetime, where: _Where,
               understood: tuple[ParsedMessage, Classification, AuthVerdict] | str,
               touched: set[int] | None = None, checkpoint: bool = True,
               known: str | None = None) -> IngestResult:
        """Store one message and apply it in the caller's transaction (not committed);
        `checkpoint`: move the checkpoint to it (a batch moves it once, to its last);
        `known`: whether it is stored already, when the caller has asked for its batch."""
        if where.located and checkpoint:
            # the checkpoint moves in the same transaction as the message is stored
            _move_checkpoint(s, where)
        if known is None:
            known = self._duplicate(s, raw, where)
        if known:
            return IngestResult("duplicate", None, summary=known)
        row = MailMessage(direction="in", folder=where.folder, uidvalidity=where.uidvalidity,
                          uid=where.uid, sha256=content_hash(raw), raw=raw, size=len(raw),
                          recorded_at=now)
        if isinstance(understood, str):
            reason = understood
        else:
            parsed, c, verdict = understood
            try:
                reason = _describe_row(row, parsed, c)
            except Exception as e:  # e.g. a structure too deep to write down  # noqa: BLE001
                reason = f"could not be stored: {type(e).__name__}: {e}"
        if reason:
            row.quarantine_reason = _clean(reason)[:2000]
            row.needs_human = True
            s.add(row)
            s.flush()
            return IngestResult("quarantined", row.id, row.kind, needs_human=True,
                                reason=row.quarantine_reason,
                                summary=f"quarantined: {row.quarantine_reason}",
                                sender=row.from_addr or "", subject=row.subject)
        s.add(row)
        s.flush()
        try:
            with s.begin_nested():  # what the message means, applied all or nothing
                extra = self.appliers.apply(s, row, parsed, c, now, verdict)
        except Exception as e:  # a bug or odd data: keep the message, tell a person
            cause = cause_of(e)
            if is_outage(cause) or is_conflict(cause):
                raise  # the database itself is in trouble: retry the message later
            log.exception("could not apply message", uid=where.uid)
            extra = f"understood as {c.kind.value} but not applied: {one_line(cause)}"
        if extra:
            row.needs_human = True
            row.classification = {**row.classification, "reason": _clean(extra)}
        self._cancel_moot(s, now, touched)
        return IngestResult("processed", row.id, c.kind.value, describe(c),
                            row.needs_human, extra or c.reason, sender=row.from_addr or "",
                            subject=row.subject)

    # -- many messages at once (a sync) --------------------------------------------------

    @contextmanager
    def batches(self) -> Iterator[BatchIngest]:
        """`ingest_batch` for one sync, with worker processes started when a batch is
        large enough and stopped at the end."""
        pool = ReadingPool(self.store, self.base_context)
        try:
            yield functools.partial(self.ingest_batch, pool=pool)
        finally:
            pool.close()

    def ingest_batch(self, items: list[tuple[int, bytes]], *, now: datetime, folder: str,
                     uidvalidity: int, pool: ReadingPool | None = None,
                     ) -> list[tuple[int, IngestResult]]:
        """Store and apply the messages (UID, bytes) of one FETCH in one transaction, in
        UID order: each as `ingest` would, all committed together (with the checkpoint)
        or none. Read before the transaction (by `pool`'s workers for a large batch), and
        read again inside it when the store answers a reader's question differently by
        then (see reading_pool). One message that fails to store is quarantined with the
        reason, in a savepoint of its own; a batch that cannot commit is stored one by one.
        """
        if not items:
            return []
        wheres = [_Where(folder, uidvalidity, uid) for uid, _ in items]
        with self.store.session() as s:
            known = self._stored_already(s, folder, uidvalidity, items)
        fresh = [i for i in range(len(items)) if i not in known]
        pool = pool or ReadingPool(self.store, self.base_context, workers=1)
        with self.store.session() as s:
            # one session and one SqlFacts for the batch's reading here (what a worker
            # does for its share): a session and the invoice numbers' shapes per message
            # cost more than the questions; the write transaction asks them all again
            here = SqlFacts(s)
            read_list = pool.read_all([items[i][1] for i in fresh],
                                      lambda raw, overlay: read(raw, self.base_context, here,
                                                                overlay))
        readings: dict[int, Reading] = dict(zip(fresh, read_list, strict=True))
        def store() -> list[tuple[int, IngestResult]]:
            with self.store.write_session() as s:
                touched = _watch_debtors(s)
                # whether each is stored already, asked once for the batch in its
                # transaction; a copy of an earlier message of the batch is one too
                places, hashes = self._stored_before(s, folder, uidvalidity, items)
                results = []
                for i, ((uid, raw), where) in enumerate(zip(items, wheres, strict=True)):
                    sha = content_hash(raw)
                    stored = _why_stored(uid in places, sha in hashes)
                    results.append(self._stage_one(s, raw, now, where, readings.get(i),
                                                   touched, stored))
                    hashes.add(sha)
                if wheres[-1].located:  # with the messages, once: where the last one ends
                    _move_checkpoint(s, wheres[-1])
                s.commit()
            for where, result in zip(wheres, results, strict=True):
                _log(result, where.uid)
            return [(uid, r) for (uid, _), r in zip(items, results, strict=True)]

        stored = _stored(store, "batch could not be stored; storing one by one")
        if not isinstance(stored, BaseException):
            return stored
        return [(uid, self.ingest(raw, now=now, folder=folder, uidvalidity=uidvalidity,
                                  uid=uid)) for uid, raw in items]

    def _stored_already(self, s: Session, folder: str, uidvalidity: int,
                        items: list[tuple[int, bytes]]) -> set[int]:
        """The positions of messages stored before (by place or bytes): not read again."""
        uids, seen = self._stored_before(s, folder, uidvalidity, items)
        return {i for i, (uid, raw) in enumerate(items)
                if uid in uids or content_hash(raw) in seen}

    @staticmethod
    def _stored_before(s: Session, folder: str, uidvalidity: int,
                       items: list[tuple[int, bytes]]) -> tuple[set[int], set[str]]:
        """Of `items`, the UIDs stored in this folder and the bytes (hashes) stored
        anywhere: the two questions `_duplicate` asks of one message."""
        uids = {u for u in s.exec(select(MailMessage.uid).where(
            MailMessage.folder == folder, MailMessage.uidvalidity == uidvalidity,
            col(MailMessage.uid).in_([uid for uid, _ in items]))) if u is not None}
        hashes = [content_hash(raw) for _, raw in items]
        seen = set(s.exec(select(MailMessage.sha256).where(
            MailMessage.direction == "in", col(MailMessage.sha256).in_(hashes))))
        return uids, seen

    def _stage_one(self, s: Session, raw: bytes, now: datetime, where: _Where,
                   reading: Reading | None, touched: set[int], known: str) -> IngestResult:
        """One message of a batch, in a savepoint: its failure loses only its own changes,
        and it is then kept quarantined with the reason. `touched` (the session's watch,
        emptied here) ends up naming the debtors this message changed."""
        touched.clear()
        try:
            with s.begin_nested():
                result = self._stage(s, raw, now, where, self._understood(s, raw, reading),
                                     touched, checkpoint=False, known=known)
            s.flush()
            return dataclasses.replace(result, debtor_ids=tuple(sorted(touched)))
        except Exception as e:
            cause = cause_of(e)
            if is_outage(cause) or is_conflict(cause):
                raise
            log.exception("message could not be stored", uid=where.uid)
            failure = f"could not be stored: {one_line(cause)}"
        with s.begin_nested():
            return self._stage(s, raw, now, where, failure, checkpoint=False, known=known)

    def _understood(self, s: Session, raw: bytes, reading: Reading | None,
                    ) -> tuple[ParsedMessage, Classification, AuthVerdict] | str:
        if reading is None:
            return "already stored"  # not read: the stage says duplicate
        if isinstance(reading.understood, str):
            return reading.understood
        facts = SqlFacts(s)
        if not same_answers(reading.asked, facts):
            # a message before it in the batch changed what the readers know: read again
            self.read_again += 1
            reading = read(raw, self.base_context, facts)
        understood: Understood = reading.understood
        if isinstance(understood, str):
            return understood
        parsed = reading.parsed
        if parsed is None:  # read by a worker: a tenth of classify's cost, not sent back
            try:
                parsed = parse_message(raw)
            except Exception as e:  # noqa: BLE001 -- as the reader would have said
                return str(e) if isinstance(e, ParseError) else f"{type(e).__name__}: {e}"
        c, verdict = understood
        return parsed, c, verdict


_T = TypeVar("_T")


def _stored(work: Callable[[], _T], failed: str, **where: Any) -> _T | BaseException:
    """`work` (one write transaction), again after a clash with another worker over the
    same rows; the database itself being away raises (the mail is read again later); any
    other failure is logged and returned, for the caller to keep the mail with it."""
    for attempt in range(3):
        try:
            return work()
        except Exception as e:
            cause = cause_of(e)
            if is_conflict(cause) and attempt < 2:
                continue  # another worker held the same rows: try again
            if is_outage(cause):
                raise
            log.exception(failed, **where)
            return cause
    raise AssertionError("unreachable")  # pragma: no cover


class BatchIngest(Protocol):
    def __call__(self, items: list[tuple[int, bytes]], *, now: datetime, folder: str,
                 uidvalidity: int) -> list[tuple[int, IngestResult]]: ...


def _log(result: IngestResult, uid: int | None) -> None:
    if result.status == "quarantined":
        log.warning("message quarantined", reason=result.reason, uid=uid)
    elif result.status == "processed":
        # no subject: what customers write stays out of the log (it is in the database)
        log.info("message processed", kind=result.kind, uid=uid, message_pk=result.message_pk)


def _move_checkpoint(s: Session, where: _Where) -> None:
    folder, uidvalidity, uid = where.key
    s.merge(Checkpoint(folder=folder, uidvalidity=uidvalidity, last_uid=uid))


def _watch_debtors(s: Session) -> set[int]:
    """The ids of the debtors whose rows `s` writes (a debtor, or a row that names one),
    filled in as it flushes."""
    touched: set[int] = set()

    def after_flush(session: Session, _context: Any) -> None:
        for obj in (*session.new, *session.dirty):
            debtor_id = obj.id if isinstance(obj, Debtor) else getattr(obj, "debtor_id", None)
            if isinstance(debtor_id, int):
                touched.add(debtor_id)

    event.listen(s, "after_flush", after_flush)
    return touched


@dataclass(frozen=True)
class _Where:
    """Where a message was read: (folder, UIDVALIDITY, UID), or nowhere (a file, a test)."""

    folder: str | None
    uidvalidity: int | None
    uid: int | None

    @property
    def located(self) -> bool:
        return None not in (self.folder, self.uidvalidity, self.uid)

    @property
    def key(self) -> tuple[str, int, int]:
        return self.folder, self.uidvalidity, self.uid  # type: ignore[return-value]

HEADERS_KEPT = ("from", "to", "cc", "subject", "date", "message-id", "in-reply-to",
                "references", "auto-submitted", "authentication-results", "delivered-to")

def _describe_row(row: MailMessage, parsed: ParsedMessage, c: Classification) -> str:
    """Fill in what the message says; a reason to quarantine it when its header text holds
    NUL characters (no PostgreSQL text column can keep them; shown with them replaced)."""
    row.message_id = parsed.message_id
    row.subject = parsed.subject[:1000]
    row.from_addr = parsed.sender.email if parsed.sender else None
    row.to_addrs = ", ".join(a.email for a in (*parsed.to, *parsed.cc))[:2000]
    row.date = parsed.date
    row.headers = {k: v for k, v in parsed.headers.items() if k in HEADERS_KEPT}
    row.kind = c.kind.value
    row.needs_human = c.needs_human
    row.classification = _clean_json(classification_json(c))
    dirty = [name for name in ("message_id", "subject", "from_addr", "to_addrs", "headers")
             if _has_nul(getattr(row, name))]
    if not dirty:
        return ""
    for name in dirty:
        setattr(row, name, _clean_json(getattr(row, name)))
    return f"NUL characters in {', '.join(dirty)} (kept with them replaced); not acted on"

def _has_nul(v: Any) -> bool:
    if isinstance(v, str):
        return "\x00" in v
    if isinstance(v, dict):
        return any(_has_nul(k) or _has_nul(x) for k, x in v.items())
    if isinstance(v, (list, tuple)):
        return any(_has_nul(x) for x in v)
    return False

def _clean(text: str) -> str:
    return text.replace("\x00", "\ufffd")

def _clean_json(v: Any) -> Any:
    if isinstance(v, str):
        return _clean(v)
    if isinstance(v, dict):
        return {_clean(str(k)): _clean_json(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_clean_json(x) for x in v]
    return v



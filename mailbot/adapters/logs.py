"""structlog set-up: logging is data with bound context, written to stderr.

An exception is logged as its type, its message and a short plain stack (file, line,
function per frame) - never with local variables: the frames that fail hold customers'
mail, addresses and amounts. structlog is imported here only when a command sets up its
log, so that `mailbot --help` stays fast.
"""

from __future__ import annotations

import functools
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

MAX_FRAMES = 20  # the innermost ones: where it failed, not how the loop got there
MAX_MESSAGE = 500  # an exception message may quote data; keep a runaway one short
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])

_configured = False


def setup(level: str = "info", *, json: bool = False) -> None:
    import logging

    import structlog

    global _configured
    _configured = True
    lvl = getattr(logging, level.upper(), logging.INFO)
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        exception_fields if json else exception_text,
    ]
    renderer: Any = (structlog.processors.JSONRenderer() if json
                     else structlog.dev.ConsoleRenderer(colors=False))
    structlog.configure(
        processors=[*shared, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(lvl),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
    # the libraries' own (stdlib) log records come out in the same format
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[structlog.stdlib.add_logger_name, *shared],
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer]))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(max(lvl, logging.WARNING))  # the libraries' chatter at INFO is noise


def setup_once(level: str = "warning") -> None:
    """The log of a command that did not set up its own (`run` does, with its options)."""
    if not _configured:
        setup(level)


# -- exceptions as data ----------------------------------------------------------------


def _exc(value: object) -> BaseException | None:
    if value is True:
        return sys.exc_info()[1]
    if isinstance(value, BaseException):
        return value
    if isinstance(value, tuple) and len(value) == 3:
        return value[1]  # type: ignore[no-any-return]
    return None


def _short_path(filename: str) -> str:
    """mailbot/app/ingest.py, sqlalchemy/orm/session.py: where, without the install path."""
    for root in _import_roots():
        if filename.startswith(root + "/"):
            return filename[len(root) + 1:]
    return filename


@functools.cache
def _import_roots() -> list[str]:
    roots = {str(Path(p).resolve()) for p in sys.path if p} | {_PACKAGE_ROOT}
    return sorted(roots, key=len, reverse=True)  # site-packages before the checkout


def _type_name(exc: BaseException) -> str:
    cls = type(exc)
    if cls.__module__ == "builtins":
        return cls.__qualname__
    return f"{cls.__module__}.{cls.__qualname__}"


def _message(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE] + "..."


def _stack(tb: TracebackType | None) -> list[dict[str, Any]]:
    # extract_tb reads file, line and function name only: no frame locals are touched
    frames = traceback.extract_tb(tb)[-MAX_FRAMES:]
    return [{"file": _short_path(f.filename), "line": f.lineno, "function": f.name}
            for f in frames]


def describe(exc: BaseException) -> dict[str, Any]:
    """The exception as fields: type, message, stack; and what caused it, if anything."""
    out: dict[str, Any] = {"type": _type_name(exc), "message": _message(exc),
                           "stack": _stack(exc.__traceback__)}
    cause = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    if cause is not None and cause is not exc:
        out["cause"] = {"type": _type_name(cause), "message": _message(cause)}
    return out


def exception_fields(_logger: object, _name: str, event: dict[str, Any]) -> dict[str, Any]:
    """structlog processor: `exc_info` becomes an `exception` field (for JSON)."""
    exc = _exc(event.pop("exc_info", None))
    if exc is not None:
        event["exception"] = describe(exc)
    return event


def exception_text(_logger: object, _name: str, event: dict[str, Any]) -> dict[str, Any]:
    """structlog processor: `exc_info` becomes an indented text block (for the console)."""
    exc = _exc(event.pop("exc_info", None))
    if exc is not None:
        d = describe(exc)
        lines = [f"  {d['type'].rsplit('.', 1)[-1]}: {d['message']}"]
        lines += [f"    at {f['file']}:{f['line']} in {f['function']}" for f in d["stack"]]
        if "cause" in d:
            lines.append(f"  caused by {d['cause']['type']}: {d['cause']['message']}")
        event["exception"] = "\n".join(lines)
    return event

"""Giving freed memory back to the operating system, for the long-running daemon.

glibc keeps what Python frees in its heap for reuse, and after a large temporary
allocation raises its threshold, so that later temporaries (a tick's rows, a big
message's copies, the language model's loading buffers) land in the heap too: freed,
they stay resident. The daemon calls `give_back` after each unit of work (a tick, a
batch of new mail), so its resident size is what it holds, not the high-water mark of
everything it ever did. A no-op where the C library has no malloc_trim.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import cache


@cache
def _trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        trim: Callable[[int], int] = libc.malloc_trim
        return trim
    except (OSError, AttributeError):
        return None


def give_back() -> None:
    """Return the heap's free pages to the operating system (takes a few ms)."""
    trim = _trim()
    if trim is not None:
        trim(0)

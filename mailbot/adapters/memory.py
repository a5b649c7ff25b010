"""Giving freed memory back to the operating system, for the long-running daemon.

glibc keeps what Python frees in its heap for reuse, and after a large temporary
allocation raises its threshold, so that later temporaries (a tick's rows, a big
message's copies, the language model's loading buffers, a send round's mails) land in
the heap too: freed, they stay resident. The daemon calls `give_back` after each unit of
work (a tick, a batch of new mail, a send round), so its resident size is what it holds,
not the high-water mark of everything it ever did.

glibc also gives each thread that allocates a heap (an arena) of its own, up to 8 per
core; the daemon's threads (ticks, the watcher, the sender's store thread) each leave
free pages in theirs, scattered between live chunks where malloc_trim cannot take them.
`limit_arenas` keeps them all in the one heap from the daemon's start.
Both are no-ops where the C library is not glibc.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any

M_ARENA_MAX = -8  # mallopt's parameter number (malloc.h)
# one heap for all threads: Python's threads allocate under the GIL, so they seldom wait
# for it, and a second heap kept its own free pages between its live chunks (the soak's
# warm daemon: 165-171 MB with two heaps, 140 MB with one, bench/memory.py)
ARENAS = 1


@cache
def _libc() -> Any:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
    except OSError:
        return None
    # glibc's: musl, macOS and the like have no malloc_trim or mallopt
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def give_back() -> None:
    """Return the heap's free pages to the operating system (takes a few ms)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's heaps at `arenas` (those already made stay); False where not glibc."""
    libc = _libc()
    return libc is not None and bool(libc.mallopt(M_ARENA_MAX, arenas))

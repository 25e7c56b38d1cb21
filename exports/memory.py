"""Memory a big export let go, given back to the system (issue 14: the report at 10,000)."""

from __future__ import annotations

import gc
import sys

__all__ = ["ARENAS", "COLLECT_FROM", "few_arenas", "give_back", "let_go"]

#: From this many actors on, what an export step lets go (its analysis, its scene) is worth a
#: full collection: tens to hundreds of MB (170 and 200 MB at 10,000). Below it, it is a few
#: MB, and a full collection of the process's objects costs more than it frees (0.1 s CPU in
#: a test worker, once for every report: issue 15, the suite's time).
COLLECT_FROM = 1_000


def let_go(actors: int) -> None:
    """After an export step of a map of ``actors`` actors dropped its big objects: for a map
    of :data:`COLLECT_FROM` actors or more, collect the cycles they were in and give the
    memory back to the system (:func:`give_back`); for a smaller map, nothing."""
    if actors < COLLECT_FROM:
        return
    gc.collect()
    give_back()


#: The C library's memory arenas the app's threads share (glibc's ``M_ARENA_MAX``; its default
#: is eight per core). Each worker thread of a pool (the analysis, an export, a layout) would
#: otherwise get an arena of its own, and what it freed stays there, apart from the others:
#: at 10,000 actors the session ended 20 MB higher and the nota peaked 20 MB higher
#: (issue 14, session 18). The threads run Python under one lock: two arenas cost no speed.
ARENAS = 2

_M_ARENA_MAX = -8  # glibc's malloc.h


def few_arenas() -> bool:
    """Let the process's threads share :data:`ARENAS` arenas of the C library; whether the
    library took it (glibc on Linux only: elsewhere nothing changes)."""
    if not sys.platform.startswith("linux"):
        return False
    import contextlib
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        return bool(ctypes.CDLL("libc.so.6").mallopt(_M_ARENA_MAX, ARENAS))
    return False


def give_back() -> None:
    """Return freed memory to the system where the C library can (glibc's ``malloc_trim``).

    Memory freed by Qt (a map's scene) or by Python's large objects (an analysis) otherwise
    stays with the process, where the next step's many small objects (a sheet's cells) do
    not use it: the report of 10,000 actors held the scene's 200 MB to its end."""
    if not sys.platform.startswith("linux"):
        return
    import contextlib
    import ctypes

    with contextlib.suppress(OSError, AttributeError):  # another C library: its memory stays
        ctypes.CDLL("libc.so.6").malloc_trim(0)

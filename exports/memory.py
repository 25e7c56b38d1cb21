"""Memory a big export let go, given back to the system (issue 14: the report at 10,000)."""

from __future__ import annotations

import sys

__all__ = ["give_back"]


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

"""Counting work instead of timing it: the scaling tests compare line counts at n and 4n."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

__all__ = ["lines_run"]


def lines_run(fn: Callable[[], object]) -> int:
    """How many lines of Python ``fn`` executes (ours and the libraries'): an operation count.

    The finished texts kept between analyses (``mapper.catalogue._finished``) are forgotten
    first: every count starts from the same cold cache, whatever ran before it in the process.
    """
    from mapper.catalogue import _finished

    _finished.cache_clear()
    count = 0

    def tracer(_frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count

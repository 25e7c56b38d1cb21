"""Stand-ins that fail a test when called: for "the analysis no longer calls X" (counted, not
timed), as tests/mapper/test_metrics_lean20.py and test_metrics_lean21.py check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["Refused"]


class Refused:
    """Makes refusing stand-ins (``refused("pagerank")``) and keeps the names of those called."""

    def __init__(self) -> None:
        self.called: list[str] = []

    def __call__(self, name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            self.called.append(name)
            raise AssertionError(name)

        return call

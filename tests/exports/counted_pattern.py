"""A compiled pattern that counts how often it is run: for "the anonymiser no longer runs this
pattern over that text" (counted, not timed), as test_anonymise_ascii21 and
test_letters_gates21 check."""

from __future__ import annotations

from typing import Any

__all__ = ["Counted"]


class Counted:
    """Stands in for ``pattern``; ``used`` counts the calls of its methods (sub, finditer, …)."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.used = pattern, 0

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.pattern, name)
        if not callable(found):
            return found

        def run(*args: Any, **kwargs: Any) -> Any:
            self.used += 1
            return found(*args, **kwargs)

        return run

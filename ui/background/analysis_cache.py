"""The last few analyses the app made, kept by the content of the case they analysed.

An analysis is a pure function of the case's entities and header, the practice and the date
mandates are judged on (the case's reference date, else today): undo back to a state analysed
before, switching the practice back, or opening a map again finds its analysis here instead
of analysing it once more (issue 15: a new window on the example analysed it anew, 68 times
in four test files; a user's undo after an edit of a big map waited for a second analysis).

The key holds the entities themselves (immutable and shared with the case, so it costs
references only) and compares them by value: a case read again from the same file, or built
again by the same code, finds the analysis of its twin. A hit returns a copy whose mutable
parts (the metrics and quadrant dicts) are the caller's own, so nothing a caller does to its
analysis reaches the next caller's. Only the real ``mapper.analyse`` is kept: an analysis a
caller passes in (a test's stand-in) is never looked up nor stored, and :attr:`enabled` turns
the whole cache off (the UI tests do so while a test has patched the analyses' modules).
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from models import Case
from models.fields import KINDS

if TYPE_CHECKING:
    from mapper.analysis import Analysis
    from models import Practice

__all__ = ["ANALYSES", "AnalysisCache", "content_key"]

Key = tuple[object, ...]


def content_key(case: Case, practice: Practice | None) -> Key:
    """What an analysis of ``case`` under ``practice`` is made of, compared by value: the
    sizes first (a different map differs there at once), the practice, the date mandates are
    judged on, the header and every entity of every kind, in order."""
    parts = tuple(tuple(case.collection(kind)) for kind in KINDS)
    judged_on = case.info.as_of or date.today()  # mapper.context: today when none is named
    return (tuple(map(len, parts)), practice, judged_on, case.info, *parts)


def _genuine(analyse: Callable[..., Any]) -> bool:
    """Whether ``analyse`` is mapper's own (not a stand-in or a wrapper of it)."""
    return (
        getattr(analyse, "__module__", None) == "mapper.analysis"
        and getattr(analyse, "__qualname__", None) == "analyse"
        and not hasattr(analyse, "__wrapped__")
    )


def _own_copy(result: Analysis) -> Analysis:
    """``result`` with mutable parts of its own (the rest is immutable and shared)."""
    return dataclasses.replace(
        result,
        metrics={actor: dict(values) for actor, values in result.metrics.items()},
        map_metrics=dict(result.map_metrics),
        quadrants=dict(result.quadrants),
    )


@dataclasses.dataclass(frozen=True)
class _Entry:
    key: Key
    result: Analysis
    seconds: float  # how long the analysis took when it was made
    weight: int  # the case's entities


class AnalysisCache:
    """The last :attr:`MAX_ENTRIES` analyses, of cases of at most :attr:`MAX_WEIGHT`
    entities together, newest first; safe to use from the GUI thread and the analysis
    worker."""

    MAX_ENTRIES = 4
    # what is kept stays in memory after its map is closed: the analysis of 1,000 actors
    # (about 5,200 entities) keeps ~10 MB, of 10,000 ~100 MB; a bigger map is not kept
    MAX_WEIGHT = 6_000

    def __init__(self) -> None:
        self.enabled = True
        self._entries: list[_Entry] = []
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def analysed(
        self,
        case: Case,
        practice: Practice | None,
        analyse: Callable[..., Analysis],
        stop: Callable[[], None] | None = None,
    ) -> tuple[Analysis, float]:
        """``analyse(case, practice=practice[, stop=stop])``, or a copy of the analysis of an
        equal case kept here; with the seconds the analysis took when it was made (a hit's
        own time would make the runner judge a slow map quick). An exception of ``analyse``
        (``stop``'s included) reaches the caller, and nothing is kept then."""
        weight = _weight(case)
        kept = self.enabled and _genuine(analyse) and weight <= self.MAX_WEIGHT
        key = content_key(case, practice) if kept else None
        if key is not None:
            hit = self._take(key)
            if hit is not None:
                return _own_copy(hit.result), hit.seconds
        start = time.perf_counter()
        if stop is None:
            result = analyse(case, practice=practice)
        else:
            result = analyse(case, practice=practice, stop=stop)
        seconds = time.perf_counter() - start
        # judged on the day of the key (its third part), not on the next: midnight came
        if key is not None and self.enabled and result.as_of == key[2]:
            self._keep(_Entry(key, _own_copy(result), seconds, weight))
        return result, seconds

    def _take(self, key: Key) -> _Entry | None:
        with self._lock:
            for i, entry in enumerate(self._entries):
                if entry.key == key:
                    self._entries.insert(0, self._entries.pop(i))  # the newest use first
                    return entry
        return None

    def _keep(self, entry: _Entry) -> None:
        with self._lock:
            entries = [entry, *(e for e in self._entries if e.key != entry.key)]
            del entries[self.MAX_ENTRIES :]
            while sum(e.weight for e in entries) > self.MAX_WEIGHT:
                entries.pop()  # the oldest use goes first
            self._entries = entries


def _weight(case: Case) -> int:
    return sum(len(case.collection(kind)) for kind in KINDS)


ANALYSES = AnalysisCache()  # the app's: one per process

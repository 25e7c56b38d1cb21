"""Count the work a model operation does, so a test can tell linear from quadratic.

Wall-clock limits do not belong in unit tests; instead we count the two things a hidden
quadratic loop over a case has to do: compare entities (``list.index``, ``in`` on a list,
``==`` on a dataclass) and walk a whole :class:`models.case.Collection`. A linear operation on
n actors does O(n) of both; ``list.index`` per actor does n²/2 comparisons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from models import (
    Actor,
    Case,
    CaseInfo,
    Mandate,
    Need,
    Position,
    PowerCategory,
    RelationKind,
    Relationship,
)
from models.case import Collection

__all__ = ["Counter", "counting", "line_case"]


class Counter:
    """Entity comparisons plus items yielded by walks over a collection."""

    def __init__(self) -> None:
        self.compares = 0
        self.walked = 0

    @property
    def total(self) -> int:
        return self.compares + self.walked


@contextmanager
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter]:
    """Patch entity ``__eq__`` and ``Collection.__iter__`` to count, for the ``with`` block."""
    counter = Counter()
    with monkeypatch.context() as patch:
        for cls in (Actor, Relationship, Mandate, Need, Position):
            original: Callable[[Any, Any], Any] = cls.__eq__

            def eq(self: Any, other: Any, _orig: Callable[[Any, Any], Any] = original) -> Any:
                counter.compares += 1
                return _orig(self, other)

            patch.setattr(cls, "__eq__", eq)
        walk = Collection.__iter__

        def counted_iter(self: Collection[Any]) -> Iterator[Any]:
            for item in walk(self):
                counter.walked += 1
                yield item

        patch.setattr(Collection, "__iter__", counted_iter)
        yield counter


def line_case(n: int) -> Case:
    """``n`` actors in a chain with two relationships each, a mandate each and n/10 needs."""
    actors = [Actor(f"a{i}", f"Actor {i}", position=Position(float(i), 0.0)) for i in range(n)]
    rels = [Relationship(f"r{i}", f"a{i}", f"a{(i + 1) % n}", RelationKind.TRUST) for i in range(n)]
    rels += [
        Relationship(f"s{i}", f"a{i}", f"a{(i * 7 + 3) % n}", RelationKind.SIGNAL) for i in range(n)
    ]
    mandates = [
        Mandate(f"m{i}", f"a{i // 2}", f"a{i}", PowerCategory.DEVIATE_FROM_RULE)
        for i in range(1, n)
    ]
    needs = [
        Need(f"n{i}", f"Need {i}", PowerCategory.DEVIATE_FROM_RULE, None, f"a{i * 10}")
        for i in range(n // 10)
    ]
    return Case.from_parts(CaseInfo("scaling"), actors, rels, mandates, needs)

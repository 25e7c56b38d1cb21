"""The example is read from the package once per process and every caller gets its own copy
(issue 15: the suite asked for it thousands of times, each time parsing and checking the file).
On the old code the second and third calls read the file again."""

from __future__ import annotations

from typing import Any

import pytest

from models import example, fileformat
from models.enums import EntityKind


def test_the_example_is_read_once_and_each_caller_gets_an_independent_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []

    def counted(text: str, source: str = "") -> Any:
        read.append(source)
        return fileformat.loads(text, source)

    monkeypatch.setattr(example, "loads", counted)
    example._shipped.cache_clear()
    try:
        first, second, third = (example.example_case() for _ in range(3))
    finally:
        example._shipped.cache_clear()  # the next caller reads the real file again
    assert len(read) == 1
    assert fileformat.dumps(first) == example.example_text()
    first.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    first.set_case_field("description", "Gewijzigd.")
    first.timeline.remove_snapshot(first.timeline.snapshots[0].id)
    assert fileformat.dumps(first) != example.example_text()
    assert fileformat.dumps(second) == fileformat.dumps(third) == example.example_text()
    assert fileformat.dumps(example.example_case()) == example.example_text()

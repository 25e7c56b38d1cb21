"""Loading a map and copying a case check each entity's ids and references once (issue 14:
`validate` and opening a map cost a multiple of ``json.load``). Counted, not timed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import models.case
import models.fileformat
from models import Case, EntityKind, ModelError, RelationKind
from models.entities import Relationship
from models.example import example_case
from models.fields import KINDS
from models.fileformat import dumps, loads


def _count(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls = [0]
    original: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def _entities(case: Case) -> int:
    return sum(len(case.collection(kind)) for kind in KINDS)


def test_loading_checks_each_entitys_references_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.generate import generate_case

    case = generate_case(300, seed=3)  # no snapshots: those are whole cases of their own
    assert not case.timeline.snapshots
    text = dumps(case)
    in_loader = _count(monkeypatch, models.fileformat, "reference_problems")
    in_build = _count(monkeypatch, models.case, "reference_problems")
    lookups = _count(monkeypatch, Case, "entity")
    loaded = loads(text)
    assert dumps(loaded) == text
    assert in_loader[0] == _entities(case) > 0
    assert in_build[0] == 0  # was once more per entity
    assert lookups[0] == 0  # was one search of every collection per entity


def test_a_copy_does_not_check_the_references_of_a_valid_case_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = example_case()
    checks = _count(monkeypatch, models.case, "reference_problems")
    twin = case.copy()
    assert checks[0] == 0
    assert dumps(twin) == dumps(case)
    assert twin.relationships_of("consulent") == case.relationships_of("consulent")


def test_building_from_parts_still_refuses_a_broken_reference() -> None:
    case = example_case()
    parts: dict[EntityKind, list[Any]] = {kind: list(case.collection(kind)) for kind in KINDS}
    broken = Relationship("r-broken", "consulent", "nobody", RelationKind.TRUST)
    parts[EntityKind.RELATIONSHIP].append(broken)
    with pytest.raises(ModelError, match="nobody"):
        Case.build(case.info, parts, checked=True)


def test_the_reference_fields_of_a_kind_are_found_once() -> None:
    for spec in KINDS.values():
        assert spec.refs() is spec.refs()
        assert spec.refs() == tuple(f for f in spec.fields if f.refers is not None)

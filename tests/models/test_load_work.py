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
    assert in_loader[0] <= _entities(case)  # at most once (a plain section: in bulk)
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


def test_loading_builds_no_index_of_who_refers_to_whom(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reverse index (which relationships touch an actor) waits for its first question:
    `layout` and `validate` never ask, and building it was a fifth of reading a map."""
    from benchmarks.generate import generate_case

    text = dumps(generate_case(200, seed=5))
    walks = _count(monkeypatch, models.case, "references")
    loaded = loads(text)
    assert walks[0] == 0  # was once per entity
    added = Case(loaded.info)  # the same map built edit by edit: the index kept all along
    for kind in KINDS:
        for item in loaded.collection(kind):
            added.add(kind, item)
    actor = loaded.actors[7].id
    assert loaded.relationships_of(actor) == added.relationships_of(actor)
    assert walks[0] > 0  # asked now: built
    gone = loaded.actors[3].id
    for one in (loaded, added):  # and kept up to date by the edits after it
        one.remove(EntityKind.ACTOR, gone)
    for a in added.actors:
        assert loaded.relationships_of(a.id) == added.relationships_of(a.id)
        assert loaded.mandates_of(a.id) == added.mandates_of(a.id)


def test_edits_before_the_first_question_are_in_the_index() -> None:
    from benchmarks.generate import generate_case

    case = loads(dumps(generate_case(60, seed=2)))
    first = case.relationships[0]
    case.update(EntityKind.RELATIONSHIP, first.id, {"target": case.actors[-1].id})
    case.remove(EntityKind.RELATIONSHIP, case.relationships[1].id)
    expected = [r for r in case.relationships if case.actors[-1].id in (r.source, r.target)]
    assert first.id in {r.id for r in case.relationships_of(case.actors[-1].id)}
    assert case.relationships_of(case.actors[-1].id) == expected

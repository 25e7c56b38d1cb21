"""A snapshot's change of one actor is read as a document of its own (``read_dict``): only
the sections it holds have references to check (issue 14, snap18d: 199 changes of one actor
checked the references of all ten sections each, 2,000 calls for 1,000 actors + 200
snapshots; fails on the code before, where an empty section was checked too)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence, Set
from typing import Any

import pytest

from benchmarks.generate import generate_case
from models import bulkparse, fileformat
from models.enums import EntityKind
from models.fileformat import case_to_dict
from models.timeline_io import SECTIONS


def _text(later: int) -> str:
    doc = case_to_dict(generate_case(40, seed=5))
    first = {"case": doc["case"], **{s: {"set": doc[s]} for s in SECTIONS if doc.get(s)}}
    states: list[dict[str, Any]] = [first]
    for k in range(later):
        actor = {**doc["actors"][k], "stance": (k % 5) - 2}
        states.append({"actors": {"set": [actor]}})
    doc["snapshots"] = [
        {"id": f"s{i}", "date": f"2024-01-{i + 1:02d}", "label": f"M {i}", "state": state}
        for i, state in enumerate(states)
    ]
    return json.dumps(doc)


def test_a_change_checks_the_references_of_what_it_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[tuple[EntityKind, int]] = []
    real = bulkparse.references_hold

    def counted(
        kind: EntityKind, items: Sequence[Any], declared: Mapping[EntityKind, Set[str]]
    ) -> bool:
        checked.append((kind, len(items)))
        return real(kind, items, declared)

    monkeypatch.setattr(fileformat, "references_hold", counted)
    text = _text(later=5)
    case = fileformat.loads(text)
    assert case.timeline is not None
    assert len(case.timeline.snapshots) == 6
    assert checked  # the map's sections were checked
    assert all(size > 0 for _, size in checked)
    # the five changes: the actors once each, nothing else
    changes = [kind for kind, size in checked if size == 1]
    assert changes == [EntityKind.ACTOR] * 5

"""The lean read and write of ``krachtenveld layout`` (models.leanmap, issue 14): a map that
opens as it is, with new positions, is written byte for byte as the full reader and writer
(``fileformat.loads`` then ``set_positions`` then ``fileformat.dumps``) write it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import models.fileformat as fileformat
from benchmarks.generate import generate_case
from benchmarks.structures import STRUCTURES
from models.entities import Position
from models.example import example_text
from models.leanmap import read_lean
from models.templates import TEMPLATES
from models.timeline import Snapshot
from models.timeline_io import state_of
from tests.models.project_maps import project_maps
from tests.models.strategies import cases
from tests.models.test_fuzz_kvmap import mutated

MAPS = project_maps()
SMALL = fileformat.dumps(generate_case(60, seed=3)).encode()


def moves(ids: list[str]) -> dict[str, Position]:
    """New positions as a layout gives them (rounded to a tenth), some negative, one -0.0."""
    out = {
        a: Position(round(i * 173.37 - 900.0, 1), round(i * -51.21, 1)) for i, a in enumerate(ids)
    }
    if ids:
        out[ids[0]] = Position(-0.0, 0.0)
    return out


def same_as_full(data: bytes) -> bool:
    """Whether the lean way took ``data``; when it did, it wrote what the full way writes."""
    lean = read_lean(data)
    if lean is None:
        return False
    case = fileformat.loads(data)
    positions = moves(case.actors.ids())
    assert lean.set_positions(positions)
    case.set_positions(positions)
    written = lean.text()
    if written is None:
        return False
    assert written == fileformat.dumps(case).encode()
    return True


@pytest.mark.parametrize("path", MAPS, ids=[p.name for p in MAPS])
def test_every_map_in_the_repository(path: Path) -> None:
    same_as_full(path.read_bytes())


def test_the_example_the_templates_and_a_generated_map_take_the_lean_way() -> None:
    assert same_as_full(example_text().encode())
    assert same_as_full(SMALL)
    for template in TEMPLATES:
        assert same_as_full(fileformat.dumps(template.build()).encode()), template.key


@pytest.mark.parametrize("name", sorted(STRUCTURES))
def test_every_benchmark_structure(name: str) -> None:
    assert same_as_full(fileformat.dumps(STRUCTURES[name](120, 1)).encode())


def test_a_map_written_otherwise_is_written_as_the_app_writes_it() -> None:
    """Keys in another order, a whole amount as 8000.0, a header
    field left out, a default step_days given: what the full writer makes of them."""
    doc: dict[str, Any] = json.loads(example_text())
    doc["actors"] = [dict(reversed(list(a.items()))) for a in doc["actors"]]
    for mandate in doc["mandates"]:
        if isinstance(mandate["budget"], int):
            mandate["budget"] = float(mandate["budget"])
    doc["case"].pop("description", None)
    doc["case"]["step_days"] = 5
    data = json.dumps(doc, ensure_ascii=False).encode()
    assert same_as_full(data)
    lean = read_lean(data)
    assert lean is not None
    assert lean.text() != data  # it was not copied through


@pytest.mark.parametrize("amount", [0.00001, 1.5e-07, 12.75, 1e15, 250000.0])
def test_amounts_are_written_as_json_writes_them(amount: float) -> None:
    """json writes 1e-05 where msgspec writes 0.00001; a whole amount is an integer."""
    doc: dict[str, Any] = json.loads(example_text())
    doc["mandates"][0]["budget"] = amount
    assert same_as_full(json.dumps(doc, ensure_ascii=False, indent=2).encode())


def test_a_position_the_case_refuses_moves_nothing() -> None:
    lean = read_lean(SMALL)
    assert lean is not None
    first = lean.actors[0].id
    before = lean.text()
    assert not lean.set_positions({first: Position(2e6, 0.0)})
    assert not lean.set_positions({first: Position(float("nan"), 0.0)})
    assert lean.text() == before


def test_a_map_with_a_timeline_is_written_as_the_full_way_writes_it() -> None:
    case = fileformat.loads(example_text())
    state = state_of(fileformat.case_to_dict(case))
    case.timeline.add_snapshot(Snapshot("t1", date(2026, 11, 2), "Eerste", state))
    case.set_positions(moves(case.actors.ids()[:3]))
    moved = state_of(fileformat.case_to_dict(case))
    case.timeline.add_snapshot(Snapshot("t2", date(2026, 11, 20), "Tweede", moved))
    assert same_as_full(fileformat.dumps(case).encode())


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(cases(max_actors=6))
def test_random_valid_maps(case: Any) -> None:
    same_as_full(fileformat.dumps(case).encode())


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated(SMALL))
def test_mutated_bytes(data: bytes) -> None:
    same_as_full(data)


def test_the_timeline_is_read_once_its_first_snapshot_against_the_map(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fails on the old code: ``text()`` read the timeline again, its first snapshot as a
    whole map (issue 14, snap18's rest 2); now it writes the one the lean check read."""
    from models import timeline_io
    from tests.models.test_snapshot_first18 import _body, _changed, _doc, _entities

    body = _body(synthetic=True)
    data = json.dumps(_doc(body, _changed(body), later=3)).encode()
    parsed: list[int] = []
    read: list[int] = []
    real_parse, real_read = timeline_io.parse_timeline, fileformat.read_dict

    def parse(*args: Any, **kwargs: Any) -> Any:
        parsed.append(1)
        return real_parse(*args, **kwargs)

    def counted(doc: Any, *args: Any, **kwargs: Any) -> Any:
        read.append(_entities(doc))
        return real_read(doc, *args, **kwargs)

    monkeypatch.setattr(timeline_io, "parse_timeline", parse)
    monkeypatch.setattr(fileformat, "read_dict", counted)
    lean = read_lean(data)
    assert lean is not None
    assert (parsed, read) == ([1], [2, 1, 1, 1])  # what differs from the map, then one each
    monkeypatch.undo()
    assert same_as_full(data)
    lean.set_positions(moves([a.id for a in lean.actors]))
    monkeypatch.setattr(timeline_io, "parse_timeline", parse)
    monkeypatch.setattr(fileformat, "read_dict", counted)
    assert lean.text() is not None
    assert (parsed, read) == ([1], [2, 1, 1, 1])  # nothing read again

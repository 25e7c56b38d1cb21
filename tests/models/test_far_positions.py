"""Hostile review 10, H2: one actor at 1e9 (or 1e308) made the PNG and PPTX export and the
app's own picture run for minutes and take gigabytes, and ``validate`` called the map valid.
A position must lie within ±1,000,000 (:data:`models.value_words.MAX_COORDINATE`): the reader
leaves a farther one empty with a warning naming the actor and the value (the layout places
the actor; the file is unchanged until saved), the strict load and every edit refuse it, and
imports drop it with a located warning."""

from __future__ import annotations

import json
from typing import Any

import pytest

from models import fileformat
from models.case import Case
from models.entities import Position
from models.errors import FormatError, ModelError
from models.example import example_case
from models.value_words import MAX_COORDINATE


def _at(case: Case, actor_id: str) -> Position | None:
    actor = case.actors.get(actor_id)
    assert actor is not None
    return actor.position


def _doc(x: float, y: float, actor: int = 0) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(fileformat.dumps(example_case()))
    doc["actors"][actor]["position"] = {"x": x, "y": y}
    return doc


@pytest.mark.parametrize("escaped", [False, True])  # the quick path and item by item
@pytest.mark.parametrize(
    ("x", "y", "axis", "got"),
    [
        (1e9, 5.0, "x", "1e+09"),
        (3.0, -1e308, "y", "-1e+308"),
        (MAX_COORDINATE + 1, 0.0, "x", "1000001"),  # not "1e+06", the limit itself (hostile 11)
        (0.0, -MAX_COORDINATE - 0.5, "y", "-1000000.5"),
    ],
)
def test_a_far_position_is_left_empty_and_said(
    x: float, y: float, axis: str, got: str, escaped: bool
) -> None:
    doc = _doc(x, y)
    actor_id = doc["actors"][0]["id"]
    loaded = fileformat.reads(json.dumps(doc, ensure_ascii=escaped), "kaart.kvmap")
    assert _at(loaded.case, actor_id) is None
    assert [p.key for p in loaded.problems] == ["position_far_cleared"]
    said = loaded.render("en")
    assert said.startswith(f'kaart.kvmap: actors[0].position: actor "{actor_id}": {axis} is {got}')
    assert "±1,000,000" in said
    assert "the layout places the actor" in said
    assert "±1.000.000" in loaded.render("nl")
    assert "de indeling plaatst de actor" in loaded.render("nl")
    with pytest.raises(FormatError) as refused:  # strict: refused, the same words
        fileformat.loads(json.dumps(doc, ensure_ascii=escaped), "kaart.kvmap")
    assert [p.key for p in refused.value.problems] == ["position_far"]
    assert f"{axis} is {got}, farther out than the ±1,000,000" in refused.value.render("en")


def test_the_edge_of_the_range_and_minus_zero_are_kept() -> None:
    doc = _doc(MAX_COORDINATE, -MAX_COORDINATE)
    doc["actors"][1]["position"] = {"x": -0.0, "y": 0}
    case = fileformat.loads(json.dumps(doc), "kaart.kvmap")
    assert _at(case, doc["actors"][0]["id"]) == Position(1e6, -1e6)
    assert _at(case, doc["actors"][1]["id"]) == Position(0.0, 0.0)


def test_an_edit_cannot_move_an_actor_out_of_range() -> None:
    case = example_case()
    actor = case.actors[0]
    for far in (Position(2e6, 0.0), {"x": 0, "y": -1e9}, Position(float("inf"), 0.0)):
        with pytest.raises(ModelError):
            case.set_positions({actor.id: far})  # type: ignore[dict-item]
    assert _at(case, actor.id) == actor.position
    case.set_positions({actor.id: Position(999_999.0, 0.0)})
    assert _at(case, actor.id) == Position(999_999.0, 0.0)


def test_a_far_position_inside_a_snapshot_keeps_the_map_open() -> None:
    case = example_case()
    assert case.timeline.snapshots, "the example ships with snapshots"
    doc = json.loads(fileformat.dumps(case))
    state = doc["snapshots"][0]["state"]
    raw = json.dumps(state)
    # the first snapshot holds the whole map: its first actor's position, far out
    state["actors"]["set"][0]["position"] = {"x": 5e8, "y": 0}
    assert json.dumps(state) != raw
    loaded = fileformat.reads(json.dumps(doc), "kaart.kvmap")
    assert len(loaded.case.actors) == len(case.actors)
    said = loaded.render("en")
    assert "snapshots[0]" in said
    assert "5e+08" in said


@pytest.mark.parametrize(
    ("written", "key", "said"),
    [
        ("NaN", "position_nan_cleared", "x is NaN (not a number), which no map can draw"),
        ("Infinity", "position_far_cleared", "x is Infinity, farther out than the ±1,000,000"),
        ("-Infinity", "position_far_cleared", "x is -Infinity, farther out than the ±1,000,000"),
        ("1e999", "position_far_cleared", "x is 1e999, farther out than the ±1,000,000"),
        ("-1" + "0" * 400, "position_far_cleared", "x is -1e+400, farther out than the ±1,000,000"),
    ],
)
def test_nan_infinity_and_1e999_are_left_empty_as_1e308_is(
    written: str, key: str, said: str
) -> None:
    """Hostile review 11: NaN, Infinity and 1e999 refused the whole map (every export rc=2)
    where 1e308 was repaired; now each leaves that actor's position empty, said alike."""
    doc = _doc(0.0, 7.0, actor=1)
    actor_id = doc["actors"][1]["id"]
    text = json.dumps(doc).replace('{"x": 0.0, "y": 7.0}', f'{{"x": {written}, "y": 7.0}}')
    assert written in text
    loaded = fileformat.reads(text, "kaart.kvmap")
    assert _at(loaded.case, actor_id) is None
    assert len(loaded.case.actors) == len(example_case().actors)
    assert [p.key for p in loaded.problems] == [key]
    assert loaded.render("en").startswith(f'kaart.kvmap: actors[1].position: actor "{actor_id}": ')
    assert said in loaded.render("en")
    assert "de positie blijft leeg" in loaded.render("nl")
    with pytest.raises(FormatError) as refused:  # strict: refused, the same words
        fileformat.loads(text, "kaart.kvmap")
    assert said.split(", which")[0].split(", farther")[0] in refused.value.render("en")

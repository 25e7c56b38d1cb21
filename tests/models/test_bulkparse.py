"""Reading a plain file section by section (models.bulkparse, issue 14: `validate` and
`layout` at 10,000 actors): the same case, the same repairs and the same problems, in the same
words and places, as reading it item by item. Counted, not timed."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import models.fileformat as fileformat
from models import Case, PowerCategory
from models.errors import FormatError
from models.fields import KINDS
from tests.models.strategies import cases

_BAD_VALUES = [
    None,
    "",
    " a1",
    "a1 ",
    7,
    -1,
    6,
    True,
    3.5,
    [],
    {},
    ["x", "x"],
    [""],
    "x" * 201,
    "x" * 2_001,
    "nobody",
    PowerCategory.SPEND_BUDGET.value,
    "2024-02-30",
    {"x": 1},
]
_SECTIONS = [spec.section for spec in KINDS.values()]


def _copies(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Two copies of ``doc``, each as deep as copy.deepcopy's (shared parts shared, NaN kept),
    at a fraction of its CPU (issue 15: deepcopy was most of this file's time); ``doc`` is
    pickled once for both."""
    pickled = pickle.dumps(doc)
    return pickle.loads(pickled), pickle.loads(pickled)


def _outcome(doc: dict[str, Any], plain_text: bool) -> tuple[str, ...]:
    try:
        loaded = fileformat.read_dict(doc, "kaart.kvmap", plain_text=plain_text)
    except FormatError as exc:
        return ("refused", exc.render("nl"), exc.render("en"))
    return ("read", fileformat.dumps(loaded.case), loaded.render("nl"), loaded.render("en"))


def _same_either_way(doc: dict[str, Any]) -> tuple[str, ...]:
    """Read the short way and the full way, each from its own copy of ``doc``: the same."""
    for_short, for_full = _copies(doc)
    short, full = _outcome(for_short, True), _outcome(for_full, False)
    assert short == full
    return short


@given(cases(), st.data())
@settings(max_examples=60, deadline=None)
def test_a_changed_field_is_read_and_said_as_item_by_item(case: Case, data: st.DataObject) -> None:
    doc = json.loads(fileformat.dumps(case))
    assert _same_either_way(doc)[0] == "read"
    filled = [s for s in _SECTIONS if doc.get(s)]
    assume(filled)
    section = data.draw(st.sampled_from(filled))
    item = data.draw(st.sampled_from(doc[section]))
    name = data.draw(st.sampled_from([*sorted(item), "extra"]))
    how = data.draw(st.sampled_from(["value", "value", "value", "drop", "id of another"]))
    if how == "drop":
        item.pop(name, None)
    elif how == "id of another":
        other = data.draw(st.sampled_from([i for s in filled for i in doc[s]]))
        item[name] = other["id"]
    else:
        item[name] = data.draw(st.sampled_from(_BAD_VALUES))
    _same_either_way(doc)


# per field type: values the short way must send the full way (and a few it may take)
_WRONG: dict[str, list[object]] = {
    "id": ["", " a1", "nobody", 7, None, "x" * 201],
    "ref": ["", " a1", "nobody", PowerCategory.SPEND_BUDGET.value, 7, None],
    "text": [None, 7, "", " ", "x" * 2_001, ["x"]],
    "int": [6, -1, True, 3.5, None, "3"],
    "bool": [1, None, "true"],
    "enum": ["wethouder", 3, None, ""],
}
_OTHER = [None, 7, "x", ["x", "x"], [""], [7], {"x": 1}, -1, "2024-02-30"]


def test_every_field_of_every_kind_changed_is_read_and_said_as_item_by_item() -> None:
    from models.example import example_case

    doc = json.loads(fileformat.dumps(example_case()))
    for timeline in ("snapshots", "history"):
        doc.pop(timeline, None)  # whole maps of their own, read the same way
    for kind in KINDS.values():
        section = kind.section
        if not doc.get(section):
            assert section == "accepted", section  # the example has every other kind
            continue
        item = doc[section][-1]
        for spec in [*kind.fields, None]:
            name = spec.name if spec is not None else "extra"
            kept = copy.deepcopy(item)
            wrong = _WRONG.get(spec.kind, _OTHER) if spec is not None else [1]
            for value in wrong:
                item[name] = value
                _same_either_way(doc)
            item.pop(name, None)  # left out
            _same_either_way(doc)
            item.clear()
            item.update(kept)


def test_a_plain_map_is_read_section_by_section(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.generate import generate_case

    text = fileformat.dumps(generate_case(200, seed=6))
    items: list[str] = []
    original = fileformat._parse_entity

    def counted(raw: object, specs: Any, location: str, *args: Any) -> Any:
        items.append(location)
        return original(raw, specs, location, *args)

    monkeypatch.setattr(fileformat, "_parse_entity", counted)
    assert fileformat.dumps(fileformat.loads(text)) == text
    assert items == ["case"]  # was every entity of the map, one by one
    doc = json.loads(text)
    doc["actors"][5]["influence"] = 9
    items.clear()
    with pytest.raises(FormatError, match=r"actors\[5\]\.influence"):
        fileformat.read_dict(doc, "kaart.kvmap", plain_text=True)
    assert "actors[5]" in items
    assert "relationships[0]" not in items  # that section alone, item by item


def test_a_power_category_in_a_mandate_is_read_as_the_category() -> None:
    from benchmarks.generate import generate_case

    case = generate_case(60, seed=1)
    doc = json.loads(fileformat.dumps(case))
    doc["mandates"][0]["power"] = PowerCategory.SPEND_BUDGET.value
    doc["needs"][0]["power"] = PowerCategory.SPEND_BUDGET.value
    _same_either_way(doc)
    read = fileformat.read_dict(doc, "kaart.kvmap", plain_text=True).case
    assert read.mandates[0].power is PowerCategory.SPEND_BUDGET
    assert read.needs[0].power is PowerCategory.SPEND_BUDGET


_POSITIONS: list[object] = [
    None,
    {"x": 3, "y": -4},
    {"x": 10**400, "y": 1},
    {"x": True, "y": 1},
    {"x": "1", "y": 1},
    {"x": 1, "y": 2, "z": 3},
    {"x": 1},
    {},
    [1, 2],
    {"x": 0.5, "y": float("inf")},
]


def test_positions_are_read_as_a_column(monkeypatch: pytest.MonkeyPatch) -> None:
    """A section of plain positions asks no per-value check (was one call per actor), and
    every odd position is read and said as item by item."""
    from benchmarks.generate import generate_case
    from models.fieldtypes import parse_value

    text = fileformat.dumps(generate_case(120, seed=3))
    kinds: list[str] = []

    def counted(spec: Any, raw: object) -> Any:
        kinds.append(spec.kind)
        return parse_value(spec, raw)

    monkeypatch.setattr("models.bulkparse.parse_value", counted)
    assert fileformat.dumps(fileformat.loads(text)) == text
    assert "position" not in kinds
    monkeypatch.undo()
    doc = json.loads(text)
    for value in _POSITIONS:
        changed = copy.deepcopy(doc)
        changed["actors"][7]["position"] = value
        _same_either_way(changed)
        for actor in changed["actors"]:
            actor["position"] = copy.deepcopy(value)
        _same_either_way(changed)
    doc["actors"][7]["position"] = {"x": 1.5, "y": 2}
    written = json.dumps(doc).replace('"x": 1.5', '"x": 1e400')  # a WrittenNumber
    with pytest.raises(FormatError, match=r"actors\[7\]\.position"):
        fileformat.loads(written)


def test_only_kinds_with_cross_fields_are_checked_across_fields(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An actor or a tie has no two fields that can contradict: the reader asks the
    cross-field repair only for the entities that can (was every entity)."""
    from benchmarks.generate import generate_case
    from models.rules import repair_cross_field

    case = generate_case(150, seed=4)
    text = fileformat.dumps(case)
    asked: list[str] = []

    def counted(item: Any) -> Any:
        asked.append(type(item).__name__)
        return repair_cross_field(item)

    monkeypatch.setattr("models.fileformat.repair_cross_field", counted)
    for plain_text in (True, False):
        asked.clear()
        loaded = fileformat.read_dict(json.loads(text), "kaart.kvmap", plain_text=plain_text)
        assert fileformat.dumps(loaded.case) == text
        assert sorted(set(asked)) == ["Mandate"]  # the generated map has no agreements
        assert len(asked) == len(case.mandates)
    doc = json.loads(text)
    doc["mandates"][0]["valid_from"], doc["mandates"][0]["valid_until"] = "2026-05-01", "2026-01-31"
    assert "valid_until" in fileformat.read_dict(doc, "kaart.kvmap", plain_text=True).render("en")


def test_every_kind_is_built_with_positional_arguments() -> None:
    """The bulk reader passes the columns by position in the class's own order (by name cost
    a dict per entity: a third of the mandates' reading)."""
    import dataclasses

    from models.bulkparse import _positional

    for spec in KINDS.values():
        order = _positional(spec)
        assert order is not None, spec.section
        names = [f.name for f in dataclasses.fields(spec.cls)]
        assert [spec.fields[i].name for i in order] == names[: len(order)]


def test_an_id_taken_twice_is_said_as_item_by_item() -> None:
    """A plain section is taken whole only when all its ids are new; an id repeated in it, or
    taken by an earlier section, is located and said as item by item."""
    from benchmarks.generate import generate_case

    doc = json.loads(fileformat.dumps(generate_case(80, seed=5)))
    pairs = [
        ("actors", "actors"),
        ("relationships", "actors"),
        ("relationships", "relationships"),
        ("needs", "organisations"),
    ]
    for section, other in pairs:
        changed = copy.deepcopy(doc)
        changed[section][-1]["id"] = changed[other][0]["id"]
        said = _same_either_way(changed)
        assert said[0] == "refused"
        assert f"{section}[{len(doc[section]) - 1}].id" in said[2]

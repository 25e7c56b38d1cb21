"""One validation path: the model never holds what the loader refuses, a save never writes it.

Issue 13, item 1: a mandate whose ``valid_until`` lies before ``valid_from`` could be entered
and saved, after which the map, its recovery copy and its ``.bak`` refused to open.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from models import Actor, Case, CaseInfo, FormatError, Mandate, ModelError, PowerCategory
from models.fileformat import case_to_dict, dumps, load, loads, read, reads, save
from tests.models.strategies import REFUSED, cases

START, BEFORE = date(2026, 5, 1), date(2026, 1, 31)


def two_actors() -> Case:
    return Case.from_parts(
        CaseInfo("T"),
        [Actor("a1", "Wethouder"), Actor("a2", "Consulent")],
        mandates=[Mandate("m1", "a1", "a2", PowerCategory.SPEND_BUDGET, valid_from=START)],
    )


def doc_with(mandate: dict[str, Any]) -> dict[str, Any]:
    doc = case_to_dict(two_actors())
    doc["mandates"][0].update(mandate)
    return doc


# ---------------------------------------------------------------- every mutator refuses
def test_table_edit_of_a_reversed_period_is_refused_and_changes_nothing() -> None:
    case = two_actors()
    before = case.revision
    with pytest.raises(ModelError) as info:
        case.set_mandate_field("m1", "valid_until", BEFORE.isoformat())
    assert info.value.problems[0].location == "m1.valid_until"
    assert "2026-01-31 lies before valid_from 2026-05-01" in info.value.render()
    assert "ligt vóór" in info.value.render("nl")
    assert case.mandates.get("m1").valid_until is None  # type: ignore[union-attr]
    assert case.revision == before


def test_properties_edit_of_both_dates_at_once_is_checked_together() -> None:
    case = two_actors()
    with pytest.raises(ModelError):
        case.update_mandate("m1", {"valid_from": "2027-01-01", "valid_until": "2026-12-31"})
    assert case.update_mandate("m1", {"valid_from": "2026-01-01", "valid_until": "2026-01-01"})


@pytest.mark.parametrize("how", ["add", "from_parts"])
def test_adding_or_building_with_a_reversed_period_is_refused(how: str) -> None:
    bad = Mandate(
        "m2", "a1", "a2", PowerCategory.SPEND_BUDGET, valid_from=START, valid_until=BEFORE
    )
    case = two_actors()
    build = (
        (lambda: case.add_mandate(bad))
        if how == "add"
        else (lambda: Case.from_parts(case.info, list(case.actors), mandates=[bad]))
    )
    with pytest.raises(ModelError, match=r"m2\.valid_until"):
        build()
    assert case.mandates.get("m2") is None


def test_from_parts_checks_fields_too() -> None:
    with pytest.raises(ModelError, match=r"a1\.influence"):
        Case.from_parts(CaseInfo("T"), [Actor("a1", "A", influence=9)])
    with pytest.raises(ModelError, match=r"case\.title"):
        Case.from_parts(CaseInfo(" "))


# ---------------------------------------------------------------- save checks first
def test_save_refuses_what_a_load_would_refuse_and_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "kaart.kvmap"
    save(two_actors(), path)
    save(two_actors(), path)  # a .bak exists now
    old, old_bak = path.read_bytes(), (tmp_path / "kaart.kvmap.bak").read_bytes()
    case = two_actors()
    # a model bug that slips an invalid entity past the mutators
    m1 = case.mandates.get("m1")
    assert m1 is not None
    case.mandates._replace(m1, dataclasses.replace(m1, valid_until=BEFORE))
    with pytest.raises(FormatError) as info:
        save(case, path)
    text = info.value.render()
    assert str(path) in text
    assert "not saved: the map would not open again. The previous file is unchanged" in text
    assert "mandates[0].valid_until" in text
    assert "niet opgeslagen" in info.value.render("nl")
    assert path.read_bytes() == old
    assert (tmp_path / "kaart.kvmap.bak").read_bytes() == old_bak
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaart.kvmap", "kaart.kvmap.bak"]


# ---------------------------------------------------------------- a broken file still opens
def test_file_failing_only_a_cross_field_rule_opens_with_the_problem_listed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "oud.kvmap"
    path.write_text(json.dumps(doc_with({"valid_until": BEFORE.isoformat()})), "utf-8")
    loaded = read(path)
    assert [p.location for p in loaded.problems] == ["mandates[0].valid_until"]
    assert "valid_until was cleared" in loaded.render()
    assert str(path) in loaded.render()
    assert "leeggemaakt" in loaded.render("nl")
    m1 = loaded.case.mandates.get("m1")
    assert m1 is not None
    assert (m1.valid_from, m1.valid_until) == (START, None)
    with pytest.raises(FormatError, match="lies before valid_from"):
        load(path)  # the strict loader still refuses it
    save(loaded.case, path)  # the repaired case saves and then loads cleanly
    assert dumps(load(path)) == dumps(loaded.case)


def test_file_with_a_value_error_still_does_not_open() -> None:
    text = json.dumps(doc_with({"valid_until": BEFORE.isoformat(), "budget": "veel"}))
    with pytest.raises(FormatError) as info:
        reads(text)
    assert [p.location for p in info.value.problems] == ["mandates[0].budget"]


def test_control_characters_in_a_file_are_removed_with_the_place_named() -> None:
    doc = case_to_dict(two_actors())
    doc["actors"][0]["name"] = "Weth\x07ouder\x1b"
    doc["actors"][1]["tags"] = ["a\x00b"]
    loaded = reads(json.dumps(doc), "k.kvmap")
    rendered = loaded.render()
    assert "actors[0].name: invalid control character U+0007 at character 5 removed" in rendered
    assert "actors[1].tags" in rendered
    assert loaded.case.actors[0].name == "Wethouder"
    assert loaded.case.actors[1].tags == ("ab",)
    with pytest.raises(FormatError, match="U\\+0007"):
        loads(json.dumps(doc))


# ---------------------------------------------------------------- the class is closed
_FIELDS: dict[str, tuple[str, ...]] = {
    "actor": ("name", "kind", "sphere", "organisation", "influence", "interest", "stance",
              "powers", "roles", "tags", "group", "notes", "position"),
    "relationship": ("source", "target", "kind", "level", "practice", "label", "notes"),
    "mandate": ("grantor", "holder", "power", "description", "instrument", "scope", "budget",
                "sub_mandate_allowed", "in_writing", "consent", "legal_basis", "valid_from",
                "valid_until", "practice"),
    "need": ("decision", "power", "budget", "handler", "organisations", "urgency", "notes"),
    "case": ("title", "intent", "description", "as_of", "intent_owner"),
}  # fmt: skip

# anything a table cell, a dialog or a script might hand a mutator, valid or not
_any_text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]) | st.sampled_from(REFUSED), max_size=12
)
values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 6),
    st.integers(min_value=10**14, max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    _any_text,
    st.sampled_from(["a0", "a1", "a2", "spend_budget", "trust", "high", "case", "2026-02-30"]),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)).map(date.isoformat),
    st.lists(st.sampled_from(["triage", "a\x07", "x", "other"]), max_size=3),
    st.fixed_dictionaries({"x": st.floats(-1e6, 1e6), "y": st.integers(-(10**400), 10**400)}),
)
edits = st.lists(
    st.tuples(st.sampled_from(sorted(_FIELDS)), st.integers(0, 20), st.data()), max_size=12
)


@pytest.mark.slow
@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case=cases(max_actors=4), steps=edits)
@example(case=two_actors(), steps=[])
def test_whatever_the_mutators_accept_saves_and_reloads_identically(
    case: Case, steps: list[tuple[str, int, st.DataObject]], tmp_path_factory: Any
) -> None:
    path = tmp_path_factory.mktemp("prop") / "kaart.kvmap"
    for kind, pick, data in steps:
        name = data.draw(st.sampled_from(_FIELDS[kind]))
        value = data.draw(values)
        try:
            if kind == "case":
                case.set_case_field(name, value)
                continue
            colls: dict[str, Sequence[Any]] = {
                "actor": case.actors,
                "relationship": case.relationships,
                "mandate": case.mandates,
                "need": case.needs,
            }
            coll = colls[kind]
            if not coll:
                continue
            item_id = coll[pick % len(coll)].id
            setter = getattr(case, f"set_{kind}_field")
            setter(item_id, name, value)
        except ModelError:
            pass  # refused with a message: fine, the model is unchanged
        save(case, path)  # raises when the file would not load: that is the bug
        again = load(path)
        assert dumps(again) == dumps(case)
        assert case_to_dict(again) == case_to_dict(case)

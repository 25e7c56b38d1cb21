"""The .kvmap format: round trip, every validation error path, migration; saving to disk in
tests/models/test_fileformat_save.py."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from models import Case, FormatError
from models.example import example_case, example_text
from models.fileformat import (
    FORMAT_VERSION,
    LIMITS,
    case_from_dict,
    case_to_dict,
    dumps,
    load,
    loads,
    reads,
)
from tests.models.strategies import cases

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def minimal() -> dict[str, Any]:
    return {
        "format": "krachtenveld",
        "version": 1,
        "case": {"title": "T"},
        "actors": [
            {"id": "a1", "name": "Anna", "kind": "professional"},
            {"id": "a2", "name": "Bert"},
        ],
        "relationships": [{"id": "r1", "source": "a1", "target": "a2", "kind": "trust"}],
        "mandates": [
            {"id": "m1", "grantor": "a2", "holder": "a1", "power": "triage"},
        ],
        "needs": [{"id": "n1", "decision": "Decide", "handler": "a1"}],
    }


def problems_of(doc: object) -> list[str]:
    with pytest.raises(FormatError) as info:
        case_from_dict(doc, "map.kvmap")
    return [p.render() for p in info.value.problems]


@pytest.mark.slow
@given(cases())
def test_round_trip_is_exact(case: Case) -> None:
    text = dumps(case)
    again = loads(text)
    assert case_to_dict(again) == case_to_dict(case)
    assert dumps(again) == text


def test_minimal_document_fills_defaults() -> None:
    case = case_from_dict(minimal())
    actor = case.actors.get("a2")
    assert actor is not None
    assert actor.kind.value == "other"
    assert actor.effective_sphere.value == "society"
    assert case.relationships[0].practice.value == "both"
    assert case.mandates[0].in_writing is True


def test_keys_are_written_in_stable_order() -> None:
    doc = json.loads(dumps(case_from_dict(minimal())))
    assert list(doc) == [
        "format",
        "version",
        "case",
        "organisations",
        "actors",
        "powers",
        "relationships",
        "mandates",
        "needs",
        "agreements",
    ]
    assert doc["version"] == FORMAT_VERSION == 2
    assert list(doc["actors"][0])[:4] == ["id", "name", "kind", "sphere"]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["actors"][0].update(influence="veel"),
            'actors[0].influence: expected a whole number 0–5, got "veel"',
        ),
        (
            lambda d: d["actors"][0].update(influence=6),
            "actors[0].influence: expected a whole number 0–5, got 6",
        ),
        (
            lambda d: d["actors"][0].update(influence=True),
            "actors[0].influence: expected a whole number 0–5, got true",
        ),
        (
            lambda d: d["actors"][0].update(stance=-3),
            "actors[0].stance: expected a whole number -2–2, got -3",
        ),
        (
            lambda d: d["relationships"][0].update(target="ghost"),
            'relationships[0].target: no actor with id "ghost"',
        ),
        (lambda d: d["actors"][1].pop("name"), "actors[1].name: required field is missing"),
        (lambda d: d["actors"][1].update(name="  "), "actors[1].name: must not be empty"),
        (lambda d: d["actors"][1].update(name=12), "actors[1].name: expected text, got 12"),
        (
            lambda d: d["actors"][0].update(kind="alien"),
            "actors[0].kind: expected one of citizen, administrator, council, executive, manager, "
            'professional, partner, oversight, media, other, got "alien"',
        ),
        (
            lambda d: d["actors"][0].update(powers="triage"),
            'actors[0].powers: unknown field "powers"',
        ),
        (
            lambda d: d["actors"][0].update(powers=["fly"]),
            "powers[0].category: expected one of deviate_from_rule, suspend_routine, spend_budget, "
            'triage, push_through, decide_objection, impose_fine, set_rules, other, got "fly"',
        ),
        (
            lambda d: d["mandates"][0].update(power="p7"),
            'mandates[0].power: no power with id "p7" (and no power category of that name)',
        ),
        (
            lambda d: d["actors"][0].update(organisation=3),
            "actors[0].organisation: expected text, got 3",
        ),
        (
            lambda d: d["needs"][0].update(organisations="Gemeente"),
            'needs[0].organisations: expected a list, got "Gemeente"',
        ),
        (
            lambda d: d["actors"][0].update(position={"x": 1}),
            'actors[0].position: expected {"x": number, "y": number} or null, got an object with'
            ' only the field "x"',
        ),
        (lambda d: d["actors"][0].update(colour="red"), 'actors[0].colour: unknown field "colour"'),
        (
            lambda d: d["actors"].append({"id": "a1", "name": "Twin"}),
            'actors[2].id: duplicate id "a1" (also used at actors[0])',
        ),
        (
            lambda d: d["needs"][0].update(id="a1"),
            'needs[0].id: duplicate id "a1" (also used at actors[0])',
        ),
        (
            lambda d: d["mandates"][0].update(budget=-5),
            "mandates[0].budget: expected zero or more, got -5",
        ),
        (
            lambda d: d["mandates"][0].update(budget="1000"),
            'mandates[0].budget: expected a number (or null), got "1000"',
        ),
        (
            lambda d: d["mandates"][0].update(in_writing="yes"),
            'mandates[0].in_writing: expected true, false or null, got "yes"',
        ),
        (
            lambda d: d["mandates"][0].update(consent=1),
            "mandates[0].consent: expected true, false or null, got 1",
        ),
        (
            lambda d: d["mandates"][0].update(valid_from="1-1-2026"),
            'mandates[0].valid_from: expected a date as YYYY-MM-DD, got "1-1-2026"',
        ),
        # hostile review 5, C4: in the right form, but no day (not a format error)
        (
            lambda d: d["mandates"][0].update(valid_from="2026-02-30"),
            "mandates[0].valid_from: 2026-02-30 is not a day: February 2026 has 28 days",
        ),
        (
            lambda d: d["mandates"][0].update(valid_from="2024-02-30"),
            "mandates[0].valid_from: 2024-02-30 is not a day: February 2024 has 29 days",
        ),
        # hostile review 6, C4 residue: the year 0 is no format error either
        (
            lambda d: d["mandates"][0].update(valid_until="0000-01-01"),
            "mandates[0].valid_until: 0000-01-01 is not a day: the year 0 does not exist (year 1 "
            "follows 1 BC)",
        ),
        (
            lambda d: d["mandates"][0].update(valid_from="2025-02-29"),
            "mandates[0].valid_from: 2025-02-29 is not a day: February 2025 has 28 days",
        ),
        (
            lambda d: d["mandates"][0].update(valid_from="2026-13-01"),
            "mandates[0].valid_from: 2026-13-01 is not a day: a year has no month 13",
        ),
        (
            lambda d: d["mandates"][0].update(valid_from="2026-04-31"),
            "mandates[0].valid_from: 2026-04-31 is not a day: April 2026 has 30 days",
        ),
        (
            lambda d: d["mandates"][0].update(valid_from="2026-05-01", valid_until="2026-01-01"),
            "mandates[0].valid_until: valid_until 2026-01-01 lies before valid_from 2026-05-01",
        ),
        (
            lambda d: d["mandates"][0].update(grantor="ghost"),
            'mandates[0].grantor: no actor with id "ghost"',
        ),
        (
            lambda d: d["needs"][0].update(handler="ghost"),
            'needs[0].handler: no actor with id "ghost"',
        ),
        (
            lambda d: d["case"].update(intent_owner="ghost"),
            'case.intent_owner: no actor with id "ghost"',
        ),
        (lambda d: d["case"].pop("title"), "case.title: required field is missing"),
        (lambda d: d.pop("case"), "case: required field is missing"),
        (lambda d: d.update(actors={}), "actors: expected a list, got an object"),
        (lambda d: d["actors"].__setitem__(0, "Anna"), 'actors[0]: expected an object, got "Anna"'),
        (lambda d: d.update(extra=1), 'extra: unknown field "extra"'),
        (
            lambda d: d["actors"][0].update(name="x" * 501),
            "actors[0].name: text is 501 characters; the limit is 500",
        ),
    ],
)
def test_every_validation_error_is_located(mutate: Any, expected: str) -> None:
    doc = minimal()
    mutate(doc)
    assert expected in problems_of(doc)


def test_all_problems_are_reported_at_once() -> None:
    doc = minimal()
    doc["actors"][0]["influence"] = "veel"
    doc["actors"][1]["kind"] = "alien"
    doc["relationships"][0]["target"] = "ghost"
    found = problems_of(doc)
    assert len(found) == 3


def test_messages_in_dutch() -> None:
    doc = minimal()
    doc["actors"][0]["influence"] = "veel"
    with pytest.raises(FormatError) as info:
        case_from_dict(doc, "kaart.kvmap")
    assert info.value.render("nl") == (
        'kaart.kvmap: actors[0].influence: verwacht een heel getal 0–5, kreeg "veel"'
    )


def test_malformed_json_reports_line_and_column() -> None:
    with pytest.raises(FormatError) as info:
        loads('{\n  "format": "krachtenveld",\n  "version": 1,,\n}', "x.kvmap")
    assert "line 3, column 16" in info.value.render()
    assert info.value.render().startswith("x.kvmap: ")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[" * 100_000, "too_deep"),
        ('{"a":' * 200 + "1" + "}" * 200, "too_deep"),
        ("[]", "expected_object"),
        ('{"format": "kumu"}', "not_kvmap"),
        ('{"format": "krachtenveld", "version": "1"}', "version_bad"),
        ('{"format": "krachtenveld", "version": -1}', "version_bad"),
        ('{"format": "krachtenveld", "version": 99}', "version_newer"),
        ("", "empty_file"),
        ("  \n", "empty_file"),
        ('{"format": "krachtenveld", "title": "Schul', "json_cut_off"),
        ('{"format": "krachtenveld", "version": 2', "json_cut_off"),
        ('{"format": "krachtenveld" "version": 2}', "bad_json"),
        ("NaN", "expected_object"),
    ],
)
def test_refused_documents(text: str, key: str) -> None:
    with pytest.raises(FormatError) as info:
        loads(text, "x.kvmap")
    assert info.value.problems[0].key == key


def test_a_truncated_file_is_said_to_stop_early_not_mid_sentence() -> None:
    """Hostile review 5, C2: "malformed JSON at line 1, column 5000: Unterminated string
    starting at" ended mid-sentence; a cut-off file is said to stop before its end."""
    text = json.dumps({"format": "krachtenveld", "version": 2, "title": "x" * 100})[:60]
    with pytest.raises(FormatError) as info:
        loads(text, "t.kvmap")
    assert info.value.render() == (
        "t.kvmap: the file is incomplete: it breaks off before the map is complete. Was it"
        " copied or saved only in part? Take an older copy (of a map: the .bak beside it)"
    )  # rev-dutch21 D8: no byte count (not a user's unit), the .bak named as the way out
    assert "het bestand is onvolledig: het breekt af" in info.value.render("nl")


def test_an_impossible_date_is_said_in_dutch_as_a_day_that_does_not_exist() -> None:
    doc = json.loads(dumps(example_case()))
    doc["mandates"][0]["valid_from"] = "2024-02-30"
    with pytest.raises(FormatError) as info:
        loads(json.dumps(doc), "x.kvmap")
    assert "2024-02-30 bestaat niet: februari 2024 heeft 29 dagen" in info.value.render("nl")


def test_newer_version_message_says_what_to_do() -> None:
    with pytest.raises(FormatError) as info:
        loads(json.dumps({"format": "krachtenveld", "version": FORMAT_VERSION + 1}), "n.kvmap")
    assert "Update Krachtenveld" in info.value.render()


def test_bytes_that_are_not_utf8_are_refused() -> None:
    with pytest.raises(FormatError) as info:
        loads(b'{"format": "\xff"}', "bin.kvmap")
    assert info.value.problems[0].key == "not_utf8"


def test_utf8_bom_is_accepted() -> None:
    case = loads(b"\xef\xbb\xbf" + json.dumps(minimal()).encode(), "bom.kvmap")
    assert len(case.actors) == 2


def test_oversized_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.kvmap"
    path.write_text(json.dumps(minimal()))
    monkeypatch.setitem(LIMITS, "file_bytes", 100)
    with pytest.raises(FormatError) as info:
        load(path)
    assert info.value.problems[0].key == "file_too_large"
    assert str(path) in info.value.render()


def test_too_many_actors_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "actors", 1)
    assert "actors: 2 items; the limit is 1" in problems_of(minimal())


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(FormatError) as info:
        load(tmp_path / "nope.kvmap")
    assert info.value.render() == f"{tmp_path / 'nope.kvmap'}: file not found"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d.update(
                organisations=[
                    {"id": "o1", "name": "A", "parent": "o2"},
                    {"id": "o2", "name": "B", "parent": "o1"},
                ]
            ),
            [
                'organisations[0].parent: organisation "o1" is part of itself through its parents',
                'organisations[1].parent: organisation "o2" is part of itself through its parents',
            ],
        ),
        (
            lambda d: d.update(powers=[{"id": "triage", "name": "T"}]),
            ['powers[0].id: the id "triage" is the name of a power category; choose another id'],
        ),
        (
            lambda d: d.update(
                agreements=[
                    {
                        "id": "g1",
                        "name": "Convenant",
                        "parties": ["o9"],
                        "decider": "ghost",
                        "covers": ["p9", "triage"],
                        "valid_from": "2026-02-01",
                        "valid_until": "2026-01-01",
                    }
                ]
            ),
            [
                'agreements[0].parties: no organisation with id "o9"',
                'agreements[0].decider: no actor with id "ghost"',
                'agreements[0].covers: no power with id "p9" (and no power category of that name)',
            ],
        ),
        (
            lambda d: d.update(powers=[{"id": "p1", "name": "P", "holder": "ghost"}]),
            ['powers[0].holder: no actor with id "ghost"'],
        ),
    ],
)
def test_version_2_cross_references_are_located(mutate: Any, expected: list[str]) -> None:
    doc = minimal()
    doc["version"] = 2
    mutate(doc)
    assert problems_of(doc) == expected


def test_a_map_without_acceptances_has_no_accepted_array() -> None:
    assert "accepted" not in case_to_dict(example_case())


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ({"id": "acc1", "reason": "x"}, "accepted[0].finding: required"),
        ({"id": "acc1", "finding": "F:x", "reason": " "}, "accepted[0].reason: "),
        (
            {"id": "acc1", "finding": "F:x", "reason": "x", "until": "morgen"},
            'accepted[0].until: expected a date as YYYY-MM-DD, got "morgen"',
        ),
    ],
)
def test_bad_acceptances_are_located(entry: dict[str, Any], expected: str) -> None:
    doc = minimal()
    doc["accepted"] = [entry]
    assert any(p.startswith(expected) for p in problems_of(doc))


def test_example_is_valid_and_shipped_copy_matches() -> None:
    case = example_case()
    assert len(case.actors) >= 12
    assert {a.kind.value for a in case.actors} >= {
        "administrator",
        "council",
        "executive",
        "manager",
        "professional",
        "partner",
        "citizen",
        "oversight",
    }
    assert sum(a.kind.value == "partner" for a in case.actors) >= 3
    assert any(m.sub_mandate_levels for m in case.mandates)
    assert case.organisations
    assert case.powers
    assert {r.practice.value for r in case.relationships} >= {"routine", "maatwerk", "both"}
    assert case.needs
    shipped = (EXAMPLES / "huisuitzetting-schulden-zorg.kvmap").read_text(encoding="utf-8")
    assert shipped == example_text()
    assert dumps(case) == example_text()


def test_case_to_dict_does_not_share_state() -> None:
    case = case_from_dict(minimal())
    doc = case_to_dict(case)
    snapshot = copy.deepcopy(doc)
    doc["actors"][0]["name"] = "changed"
    assert case_to_dict(case) == snapshot


@pytest.mark.parametrize("bad", [" a1", "a1 ", "a1\n", "\ta1"])
def test_an_id_with_surrounding_space_is_refused(bad: str) -> None:
    doc = minimal()
    doc["actors"][0]["id"] = bad
    doc["mandates"][0]["holder"] = bad
    found = problems_of(doc)
    assert found[0].startswith("actors[0].id: the id ")
    assert "begins or ends with a space" in found[0]
    assert any(p.startswith("mandates[0].holder: the id ") for p in found)


def test_a_blank_tag_is_refused_strictly_and_removed_with_a_note_when_opening() -> None:
    # hostile finding 15: the Excel report and Kumu cannot carry an empty tag back
    doc = minimal()
    doc["actors"][0]["tags"] = ["x;y", "z|w", ""]
    assert problems_of(doc) == ["actors[0].tags: an empty item in the list; remove it"]
    loaded = reads(json.dumps(doc), "tags.kvmap")
    assert loaded.case.actors.get("a1").tags == ("x;y", "z|w")  # type: ignore[union-attr]
    assert [p.render() for p in loaded.problems] == [
        "actors[0].tags: an empty item in the list was removed"
    ]

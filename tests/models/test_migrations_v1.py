"""Migration of older .kvmap files (versions 0 and 1) to the current version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.fileformat import case_from_dict, case_to_dict, dumps, loads, reads
from tests.models.test_fileformat import minimal


def test_version_0_migrates() -> None:
    doc = minimal()
    doc["version"] = 0
    doc["case"] = {"name": "Oude kaart"}
    doc["actors"][0] = {"id": "a1", "name": "Anna", "type": "professional"}
    doc["relationships"][0]["level"] = 4
    case = case_from_dict(doc)
    assert case.info.title == "Oude kaart"
    assert case.actors[0].kind.value == "professional"
    assert case.relationships[0].level == 2


def test_version_1_migrates_organisations_powers_and_sub_mandates() -> None:
    doc = minimal()
    doc["actors"][0]["organisation"] = "Gemeente Ooststad"
    doc["actors"][1].update(
        organisation=" gemeente  ooststad", kind="administrator", powers=["triage", "set_rules"]
    )
    doc["actors"].append(
        {"id": "p1", "name": "Corporatie", "kind": "partner", "organisation": "Woonstichting"}
    )
    doc["mandates"][0]["sub_mandate_allowed"] = True
    doc["needs"][0]["organisations"] = ["Woonstichting", "Gemeente Ooststad", " "]
    case = case_from_dict(doc)
    orgs = [(o.id, o.name, o.kind.value) for o in case.organisations]
    assert orgs == [("o1", "Gemeente Ooststad", "municipality"), ("o2", "Woonstichting", "partner")]
    assert [a.organisation for a in case.actors] == ["o1", "o1", "o2"]
    # the actor id "p1" is taken: the powers get the next free ids
    held = [(p.id, p.category.value, p.holder, p.mandate.value) for p in case.powers]
    assert held == [("p2", "triage", "a2", "allowed"), ("p3", "set_rules", "a2", "forbidden")]
    assert case.powers[0].name == "Triage"
    assert case.mandates[0].sub_mandate_levels == 1
    assert case.mandates[0].power == "triage"  # a category stays a category
    assert case.needs[0].organisations == ("o2", "o1")
    again = loads(dumps(case))
    assert case_to_dict(again) == case_to_dict(case)


@pytest.mark.parametrize(("allowed", "levels"), [(True, 1), (False, 0)])
def test_version_1_sub_mandate_allowed(allowed: bool, levels: int) -> None:
    doc = minimal()
    doc["mandates"][0]["sub_mandate_allowed"] = allowed
    assert case_from_dict(doc).mandates[0].sub_mandate_levels == levels


def test_version_1_sub_mandates_along_a_chain_keep_what_version_1_allowed() -> None:
    # v1: each mandate said whether its holder may pass it on; v2: the root says how far
    # (Awb 10:9), so an allowing chain college -> a -> b -> c becomes 2, 1, 0, not 1, 1, 0
    doc = minimal()
    doc["version"] = 1
    doc["actors"] = [{"id": x, "name": x.upper()} for x in ("col", "a", "b", "c", "d")]
    doc["relationships"], doc["needs"] = [], []
    chain = [
        ("m1", "col", "a", True),
        ("m2", "a", "b", True),
        ("m3", "b", "c", False),
        ("m4", "c", "d", True),
        ("m5", "d", "c", True),
    ]  # m4/m5: a circle
    doc["mandates"] = [
        {"id": i, "grantor": g, "holder": h, "power": "spend_budget", "sub_mandate_allowed": a}
        for i, g, h, a in chain
    ]
    levels = {m.id: m.sub_mandate_levels for m in case_from_dict(doc).mandates}
    assert levels == {"m1": 2, "m2": 1, "m3": 0, "m4": 2, "m5": 1}  # a circle counts once


def test_version_1_example_opens_analyses_and_round_trips() -> None:
    from mapper.analysis import analyse

    v1 = (Path(__file__).parent / "data" / "example-v1.kvmap").read_text(encoding="utf-8")
    assert json.loads(v1)["version"] == 1
    case = loads(v1, "example-v1.kvmap")
    assert len(case.organisations) == 7
    assert {p.holder for p in case.powers} == {"college", "burgemeester", "raad", "corporatie"}
    assert analyse(case).findings
    text = dumps(case)
    assert json.loads(text)["version"] == 2
    assert dumps(loads(text)) == text


@pytest.mark.parametrize("version", [0, 1, 2])
def test_read_tells_which_version_the_file_had(version: int) -> None:
    """``version: 0`` opened like a current file; the reader now says it was migrated."""
    case = {"title": "t"} if version else {"name": "t"}
    loaded = reads(json.dumps({"format": "krachtenveld", "version": version, "case": case}))
    assert loaded.version == version
    assert loaded.migrated is (version < 2)
    assert loaded.case.info.title == "t"

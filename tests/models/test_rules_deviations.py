"""rules[], deviations[] and case.step_days: optional within format version 2, located errors,
removal and restore."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from models import Actor, Case, CaseInfo, Deviation, FormatError, ModelError, Need, Outcome, Rule
from models.enums import EntityKind, RuleOrigin, RuleType
from models.example import example_case
from models.fileformat import case_from_dict, case_to_dict, dumps, loads


def _doc(**extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "krachtenveld",
        "version": 2,
        "case": {"title": "T"},
        "actors": [{"id": "a1", "name": "Anna"}],
        "needs": [{"id": "n1", "decision": "Beslag opschorten"}],
    }
    doc.update(extra)
    return doc


def _problems(doc: dict[str, Any]) -> list[str]:
    with pytest.raises(FormatError) as info:
        case_from_dict(doc, "map.kvmap")
    return [p.render() for p in info.value.problems]


def _case() -> Case:
    return case_from_dict(
        _doc(
            rules=[
                {
                    "id": "rl1",
                    "name": "Vier ogen",
                    "rule_type": "internal",
                    "owner": "a1",
                    "applies_to": ["spend_budget"],
                    "introduced": "2024-03-01",
                    "origin": "incident",
                    "origin_note": "na één zaak",
                    "burden": 2,
                }
            ],
            deviations=[
                {
                    "id": "dv1",
                    "date": "2026-01-05",
                    "decided_by": "a1",
                    "rule": "rl1",
                    "need": "n1",
                    "reason": "klein",
                    "outcome": "granted",
                    "reported_to": "a1",
                },
                {"id": "dv2", "rule": "rl1", "outcome": "refused", "comparable_to": ["dv1"]},
            ],
        )
    )


def test_rules_and_deviations_read_and_write_back() -> None:
    case = _case()
    assert case.rules[0] == Rule(
        "rl1",
        "Vier ogen",
        RuleType.INTERNAL,
        "a1",
        ("spend_budget",),
        date(2024, 3, 1),
        RuleOrigin.INCIDENT,
        "na één zaak",
        2,
    )
    assert case.deviations[1].outcome is Outcome.REFUSED
    assert case.deviations[1].comparable_to == ("dv1",)
    text = dumps(case)
    assert dumps(loads(text)) == text
    assert json.loads(text)["deviations"][1]["reported_to"] is None


def test_a_map_without_them_keeps_its_keys_and_step_days_5_is_not_written() -> None:
    doc = case_to_dict(Case.from_parts(CaseInfo("t")))
    assert "rules" not in doc
    assert "deviations" not in doc
    assert "step_days" not in doc["case"]
    assert loads(dumps(Case.from_parts(CaseInfo("t")))).info.step_days == 5
    three = Case.from_parts(CaseInfo("t", step_days=3))
    assert case_to_dict(three)["case"]["step_days"] == 3
    assert loads(dumps(three)).info.step_days == 3


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"rules": [{"id": "rl1"}]}, "rules[0].name: required"),
        (
            {"rules": [{"id": "rl1", "name": "R", "origin": "ramp"}]},
            "rules[0].origin: expected one",
        ),
        (
            {"rules": [{"id": "rl1", "name": "R", "burden": -1}]},
            "rules[0].burden: expected a whole",
        ),
        (
            {"rules": [{"id": "rl1", "name": "R", "owner": "a9"}]},
            'rules[0].owner: no actor with id "a9"',
        ),
        (
            {"deviations": [{"id": "dv1", "rule": "rl9"}]},
            'deviations[0].rule: no rule with id "rl9"',
        ),
        ({"deviations": [{"id": "dv1", "need": "n9"}]}, 'deviations[0].need: no need with id "n9"'),
        (
            {"deviations": [{"id": "dv1", "comparable_to": ["dv7"]}]},
            'deviations[0].comparable_to: no deviation with id "dv7"',
        ),
        (
            {"deviations": [{"id": "dv1", "comparable_to": ["dv1"]}]},
            "deviations[0].comparable_to: a deviation cannot be comparable to itself",
        ),
        ({"deviations": [{"id": "dv1", "outcome": "maybe"}]}, "deviations[0].outcome: expected"),
        ({"case": {"title": "T", "step_days": 0}}, "case.step_days: expected a whole number 1–60"),
    ],
)
def test_bad_rules_and_deviations_are_located(extra: dict[str, Any], expected: str) -> None:
    problems = _problems(_doc(**extra))
    assert any(p.startswith(expected) for p in problems), problems


def test_removing_an_actor_rule_or_need_clears_the_references_and_restores_them() -> None:
    case = _case()
    before = case_to_dict(case)
    for kind, item_id in (
        (EntityKind.ACTOR, "a1"),
        (EntityKind.RULE, "rl1"),
        (EntityKind.NEED, "n1"),
        (EntityKind.DEVIATION, "dv1"),
    ):
        removal = case.remove(kind, item_id)
        assert len(case.deviations) == 2 - (kind is EntityKind.DEVIATION)
        if kind is EntityKind.ACTOR:
            assert case.rules[0].owner is None
            assert case.deviations[0].decided_by is None
        if kind is EntityKind.RULE:
            assert [d.rule for d in case.deviations] == [None, None]
        if kind is EntityKind.NEED:
            assert case.deviations[0].need is None
        if kind is EntityKind.DEVIATION:
            assert case.deviations[0].comparable_to == ()
        case.restore(removal)
        assert case_to_dict(case) == before


def test_the_case_refuses_a_deviation_comparable_to_itself() -> None:
    case = Case.from_parts(CaseInfo("t"), [Actor("a1", "A")], needs=[Need("n1", "B")])
    with pytest.raises(ModelError):
        case.add(EntityKind.DEVIATION, Deviation("dv1", comparable_to=("dv1",)))
    case.add(EntityKind.DEVIATION, Deviation("dv1"))
    assert case.new_id(EntityKind.DEVIATION) == "dv2"
    assert case.new_id(EntityKind.RULE) == "rl1"


def test_the_example_round_trips() -> None:
    text = dumps(example_case())
    assert dumps(loads(text)) == text

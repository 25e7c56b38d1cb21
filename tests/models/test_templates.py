"""The case templates: real version-2 maps that load, validate, analyse, and make legal sense."""

from __future__ import annotations

import json

import pytest

from mapper import analyse
from models import Case, EntityKind, MandateRule
from models.enums import default_public_body
from models.fileformat import dumps, reads
from models.templates import TEMPLATES, template_case

KEYS = [t.key for t in TEMPLATES]
#: findings that would mean the template itself breaks the rules of Awb title 10.1
LEGAL_PREFIXES = ("MANDATE_", "DELEGATION_", "POWER_HOLDER_")


def test_the_three_case_types_are_there() -> None:
    assert KEYS == ["debt_eviction", "youth_care", "wmo"]
    with pytest.raises(KeyError):
        template_case("no_such_template")


@pytest.mark.parametrize("key", KEYS)
def test_template_is_a_version_2_map_that_round_trips(key: str) -> None:
    case = template_case(key)
    text = dumps(case)
    assert json.loads(text)["version"] == 2
    loaded = reads(text, f"<{key}>")
    assert loaded.problems == ()
    assert dumps(loaded.case) == text


@pytest.mark.parametrize("key", KEYS)
def test_template_has_every_building_block_of_the_legal_model(key: str) -> None:
    case = template_case(key)
    assert len(case.actors) >= 10
    assert len(case.organisations) >= 3
    assert len(case.powers) >= 5
    assert len(case.mandates) >= 5
    assert len(case.agreements) >= 2
    assert len(case.needs) >= 3
    assert case.info.intent
    assert case.info.intent_owner in case.actors.ids()
    assert all(p.legal_basis for p in case.powers), "every power names its legal basis"
    assert all(m.legal_basis for m in case.mandates), "every mandate names its decision"
    power_ids = set(case.powers.ids())
    assert all(n.power in power_ids for n in case.needs), "needs ask for real powers"
    assert all(n.handler in case.actors.ids() for n in case.needs)


def _is_public_body(case: Case, actor_id: str) -> bool:
    actor = case.actors.get(actor_id)
    assert actor is not None
    return actor.public_body if actor.public_body is not None else default_public_body(actor.kind)


@pytest.mark.parametrize("key", KEYS)
def test_template_makes_legal_sense(key: str) -> None:
    case = template_case(key)
    powers = {p.id: p for p in case.powers}
    for power in case.powers:
        if power.holder is not None:  # a public-law power: held by a bestuursorgaan
            assert _is_public_body(case, power.holder), power.id
    for mandate in case.mandates:
        power = powers[mandate.power]
        # a private-law decision is reached by agreement, never by mandate
        assert power.holder is not None, f"{mandate.id} mandates a partner's own decision"
        assert power.mandate != MandateRule.FORBIDDEN, f"{mandate.id}: Awb 10:3 lid 2"
    private = {p.id for p in case.powers if p.holder is None}
    covered = {c for g in case.agreements for c in g.covers}
    assert private <= covered, "what the municipality cannot decide comes from an agreement"
    # the decision on an objection goes to someone who decides nothing under mandate itself
    objection = [m for m in case.mandates if powers[m.power].category == "decide_objection"]
    primary = {m.holder for m in case.mandates if powers[m.power].category != "decide_objection"}
    assert objection
    assert all(m.holder not in primary for m in objection)


@pytest.mark.parametrize("key", KEYS)
def test_template_analyses_without_legal_defects_of_its_own(key: str) -> None:
    case = template_case(key)
    result = analyse(case)
    assert result.findings, "a template shows the everyday gaps the analyses find"
    for finding in result.findings:
        assert not finding.code.startswith(LEGAL_PREFIXES), finding.code


def test_each_call_builds_a_fresh_case() -> None:
    first, second = template_case("wmo"), template_case("wmo")
    assert first is not second
    first.update(EntityKind.ACTOR, "inwoner", {"name": "X"})
    actor = second.actors.get("inwoner")
    assert actor is not None
    assert actor.name == "Oudere inwoner"

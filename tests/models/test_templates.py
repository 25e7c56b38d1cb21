"""The case templates: real version-2 maps that load, validate, analyse, and make legal sense."""

from __future__ import annotations

import json

import pytest

from mapper import analyse
from models import Case, EntityKind, MandateRule, PowerCategory, RuleType
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
        if power.holder is not None and power.rule_type != RuleType.INTERNAL:
            # a public-law power: held by a bestuursorgaan
            assert _is_public_body(case, power.holder), power.id
        # deviating from a policy rule is no separate power: whoever decides under it deviates
        # (Awb 4:84), unless the mandate decision reserves it (reserves_deviation)
        assert not (
            power.category == PowerCategory.DEVIATE_FROM_RULE
            and power.rule_type == RuleType.POLICY_RULE
        ), power.id
        # triage is internal allocation of work, not a besluit (Awb 1:3): no power of the body
        if power.category == PowerCategory.TRIAGE:
            assert power.rule_type == RuleType.INTERNAL, power.id
    for mandate in case.mandates:
        power = powers[mandate.power]
        # a private-law decision and an internal task are reached otherwise, never by mandate
        assert power.holder is not None, f"{mandate.id} mandates a partner's own decision"
        assert power.rule_type != RuleType.INTERNAL, f"{mandate.id} mandates an internal task"
        assert power.mandate != MandateRule.FORBIDDEN, f"{mandate.id}: Awb 10:3 lid 2"
    # a partner's own decision: held by the partner (or unknown), reached through an agreement
    private = {
        p.id
        for p in case.powers
        if p.holder is None
        or (
            p.rule_type == RuleType.INTERNAL
            and not _is_public_body(case, p.holder)
            and p.category != PowerCategory.TRIAGE
        )
    }
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


@pytest.mark.parametrize("key", KEYS)
def test_template_findings_read_as_a_jurist_would(key: str) -> None:
    result = analyse(template_case(key))
    codes = {(f.code, n) for f in result.findings for n in f.needs}
    for finding in result.findings:
        text = finding.title("nl") + finding.detail("nl") + finding.suggestion("nl")
        # J5: a partner's own decision is never mandated by a bestuursorgaan
        assert "de bevoegdheid mandateren aan" not in text, finding.code
        # J4: triage is no besluit (art. 1:3 Awb) and needs no mandate
        assert "triagemandaat" not in text, finding.code
        assert "heeft dan geen basis" not in text, finding.code
        # M10: beleidsregels are the college's (art. 4:81 Awb); an adviser owns no rules
        assert "eigenaar van de regels (" not in text, finding.code
        # M15: a gemeenschappelijke regeling is reached through its bestuur, not its tax collector
        if finding.code == "SPHERES_OPPONENT_UNCONNECTED" and "invorderingsambtenaar" in text:
            assert "in het bestuur van de Belastingsamenwerking" in finding.suggestion("nl")
            assert "met de invorderingsambtenaar" not in finding.suggestion("nl")
        if finding.code == "LEARNING_NO_FEEDBACK_PATH":
            assert "art. 4:81 Awb" in finding.detail("nl")
    case = template_case(key)
    own = {n.id for n in case.needs if n.organisations == ("gemeente",)}
    # M5: the college's own decision is no push-through problem; the lever is the contract
    assert not {n for c, n in codes if c == "NEED_NO_PUSH_THROUGH"} & own
    assert not [n for c, n in codes if c == "NEED_NO_HOLDER"]


def test_each_call_builds_a_fresh_case() -> None:
    first, second = template_case("wmo"), template_case("wmo")
    assert first is not second
    first.update(EntityKind.ACTOR, "inwoner", {"name": "X"})
    actor = second.actors.get("inwoner")
    assert actor is not None
    assert actor.name == "Oudere inwoner"


@pytest.mark.parametrize("key", KEYS)
def test_a_need_that_says_it_deviates_is_marked_so(key: str) -> None:
    """Jurist, third round M4: a need named as a departure from a rule carries ``deviates``,
    so the analysis looks for whoever may deviate, not for whoever decides within the rule."""
    for need in template_case(key).needs:
        if "afwijken" in need.decision.lower() or "ondanks" in need.decision.lower():
            assert need.deviates, need.id


@pytest.mark.parametrize("key", KEYS)
def test_the_example_after_triage_is_a_decision_of_the_template_itself(key: str) -> None:
    """Jurist, third round M6: the Wmo template's triage note does not speak of bijzondere
    bijstand; the example is a power of the municipality on the template's own map."""
    case = template_case(key)
    for finding in analyse(case).findings:
        if finding.code == "TRIAGE_ROLE_WITHOUT_MANDATE":
            quoted = finding.detail("nl").split("(bijvoorbeeld ‘", 1)[1].split("’", 1)[0]
            # the power's name is quoted as the user wrote it (issue 11, power names quoted)
            assert quoted in {p.name for p in case.powers}
            if key == "wmo":
                assert "bijzondere bijstand" not in finding.detail("nl")


def test_a_template_made_today_shows_nothing_lapsed_by_the_calendar() -> None:
    """Tenth jurist J12: the templates' fixed dates had lapsed, so a new user's first finding
    was "De termijn ... is op 5 november 2026 verstreken". Made today, every deadline stands
    ahead and no term or mandate has lapsed."""
    from datetime import date

    for template in TEMPLATES:
        case = template_case(template.key)
        assert all(n.deadline is None or n.deadline > date.today() for n in case.needs)
        codes = {f.code for f in analyse(case).findings}
        assert not codes & {"NEED_TOO_LATE_BY_DESIGN", "MANDATE_EXPIRED"}, template.key


def test_a_template_s_dates_move_with_the_day_it_is_made() -> None:
    """The deadlines stand as far ahead of the day the map is made as they were written to
    (the eviction 65 days after 1 September 2026); an agreement of 2025 keeps its date."""
    from datetime import date

    from models.templates import WRITTEN_FOR

    later = date(2027, 6, 1)
    debt = template_case("debt_eviction", today=later)
    deadlines = {n.deadline for n in debt.needs if n.deadline is not None}
    assert deadlines == {later + (date(2026, 11, 5) - WRITTEN_FOR)}
    assert deadlines == {date(2027, 8, 5)}
    assert date(2025, 1, 1) in {g.valid_from for g in debt.agreements}

"""The rules and the register of deviations follow the analysed practice as every other check
does (issue 17): a rule of one practice takes part only when that practice (or both) is
analysed, and the register - custom decisions - only where the custom practice is."""

from __future__ import annotations

import dataclasses
from datetime import date

from mapper import analyse
from models import Actor, ActorKind, Case, CaseInfo, Deviation, Need, Practice, Rule, RuleOrigin

REFLEX = Rule("rl1", "Vier ogen bij huurschuld", owner="a1", applies_to=("spend_budget",),
              origin=RuleOrigin.INCIDENT, burden=2)  # fmt: skip
LOST = Deviation("dv1", date(2026, 3, 2), "a2", reason="Schuldhulp loopt")


def _case(rule: Rule) -> Case:
    actors = [Actor("a1", "Manager Werk", ActorKind.MANAGER), Actor("a2", "Consulent")]
    need = Need("n1", "Huurachterstand overnemen", "spend_budget", handler="a2")
    return Case.from_parts(CaseInfo("t"), actors, needs=[need], rules=[rule], deviations=[LOST])


def _codes(case: Case, practice: Practice | None) -> set[str]:
    return {f.code for f in analyse(case, practice=practice).findings}


def test_a_routine_rule_is_judged_in_the_routine_practice_only() -> None:
    case = _case(dataclasses.replace(REFLEX, practice=Practice.ROUTINE))
    assert "RULE_RISK_REFLEX" in _codes(case, None)
    assert "RULE_RISK_REFLEX" in _codes(case, Practice.ROUTINE)
    assert "RULE_RISK_REFLEX" not in _codes(case, Practice.MAATWERK)


def test_a_custom_rule_is_judged_in_the_custom_practice_only() -> None:
    case = _case(dataclasses.replace(REFLEX, practice=Practice.MAATWERK))
    assert "RULE_RISK_REFLEX" in _codes(case, Practice.MAATWERK)
    assert "RULE_RISK_REFLEX" not in _codes(case, Practice.ROUTINE)
    both = _case(REFLEX)  # a rule of both practices takes part in each
    assert "RULE_RISK_REFLEX" in _codes(both, Practice.ROUTINE)
    assert "RULE_RISK_REFLEX" in _codes(both, Practice.MAATWERK)


def test_the_register_of_deviations_is_the_custom_practice() -> None:
    case = _case(REFLEX)
    assert "DEVIATION_NOT_REPORTED" in _codes(case, None)
    assert "DEVIATION_NOT_REPORTED" in _codes(case, Practice.MAATWERK)
    assert "DEVIATION_NOT_REPORTED" not in _codes(case, Practice.ROUTINE)

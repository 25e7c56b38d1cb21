"""Jurist round 5, J19: a rules register that names an owner means the lessons have somewhere
to go (no "Geen actor is eigenaar van de regels"); a statute's wording."""

from __future__ import annotations

from mapper.checks import learning
from mapper.codes import Code
from mapper.context import Context
from mapper.texts.rules import TEXTS
from models import Actor, Case, CaseInfo, Role, Rule, RuleType


def _codes(case: Case) -> list[str]:
    return [str(f.code) for f in learning.check(Context.of(case))]


def test_an_owner_named_in_the_rules_register_is_a_rule_owner() -> None:
    handler = Actor("p", "Consulent", roles=(Role.CASE_HANDLER,))
    raad = Actor("raad", "Gemeenteraad")
    bare = Case.from_parts(CaseInfo("t"), [handler, raad])
    assert "LEARNING_NO_RULE_OWNER" in _codes(bare)
    rule = Rule("rl1", "Zoektermijn jongeren", RuleType.STATUTE, "raad")
    owned = Case.from_parts(CaseInfo("t"), [handler, raad], rules=[rule])
    found = _codes(owned)
    assert "LEARNING_NO_RULE_OWNER" not in found
    assert "LEARNING_NO_FEEDBACK_PATH" in found  # the owner is there; the way back is not


def test_only_the_legislator_can_change_a_statute() -> None:
    part = TEXTS[Code.RULE_OWNER_CANNOT_CHANGE].parts["statute"]
    assert part.pick("nl") == "Alleen de wetgever kan een wet wijzigen;"

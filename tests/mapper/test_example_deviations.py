"""The example's register of deviations departs from the beleidsregel bijzondere bijstand, not
from the four-signature rule (issue 17; jurist round 5, J4): the unequal outcomes are about the
norm, and they are no longer grouped under the burden of signatures (J5)."""

from __future__ import annotations

from mapper import analyse
from models import RuleType
from models.example import example_case


def test_the_deviations_depart_from_the_beleidsregel() -> None:
    case = example_case()
    rules = {r.id: r for r in case.rules}
    for dev in case.deviations:
        assert dev.rule is not None
        rule = rules[dev.rule]
        assert rule.rule_type == RuleType.POLICY_RULE, rule
        assert rule.name.startswith("Beleidsregels bijzondere bijstand")
        assert "bijzondere_bijstand" in rule.applies_to
        assert rule.introduced is not None
        assert dev.date is not None
        assert rule.introduced <= dev.date
    # the four-signature rule stays, with its origin in the fraud case
    assert any(r.burden == 4 and r.rule_type == RuleType.INTERNAL for r in case.rules)


def test_unequal_outcomes_name_the_beleidsregel_apart_from_the_burden() -> None:
    case = example_case()
    analysis = analyse(case)
    [unequal] = [f for f in analysis.findings if f.code == "DEVIATION_UNEQUAL_OUTCOMES"]
    [cause] = [c for c in analysis.causes if unequal.id in c.findings]
    codes = {f.code for f in analysis.findings_of(cause)}
    assert "ACCOUNTABILITY_BURDEN" not in codes
    assert "Beleidsregels bijzondere bijstand" in cause.title("nl")

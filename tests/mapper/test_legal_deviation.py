"""Deviating from a rule (rule 11 of issue 10): who may deviate follows the kind of rule (a
statute, an ordinance, a policy rule under Awb 4:84), and a mandate passes the duty to deviate
on unless the mandate decision reserves it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mapper.findings import Finding, Severity
from models import (
    CaseInfo,
    Need,
    Power,
    PowerCategory,
    RuleType,
    Urgency,
)
from tests.mapper.legal_cases import (
    AS_OF,
    BB,
    M,
    case,
    codes,
    of,
)


# ---------------------------------------------------------------- rule 11: deviating
def _deviation(rule: RuleType, basis: str) -> Power:
    return Power("afw", "Afwijken", PowerCategory.DEVIATE_FROM_RULE, basis, rule, holder="college")


def _far_need(rule: RuleType, basis: str) -> str:
    need = Need("n1", "Afwijken van de regel", "afw", None, "consulent", ("gem",))
    c = case([], powers=[_deviation(rule, basis)], needs=[need])
    [f] = of(c, "NEED_HOLDER_FAR")
    return f.detail("nl") + " | " + f.suggestion("nl")


def test_deviation_follows_the_kind_of_rule() -> None:
    policy = _far_need(RuleType.POLICY_RULE, "Beleidsregels bijzondere bijstand")
    assert "art. 4:84 Awb" in policy
    assert "ook een gemandateerde" in policy
    ordinance = _far_need(RuleType.ORDINANCE, "")
    assert "hardheidsclausule" in ordinance
    assert "4:84" not in ordinance
    assert "alleen de raad" in ordinance
    statute = _far_need(RuleType.STATUTE, "Participatiewet art. 58 lid 8")
    assert "art. 58 lid 8 Participatiewet" in statute  # one citation style (L7)
    assert "4:84" not in statute
    # 3:4 lid 2 weighs consequences where the statute leaves room; it sets no rule aside
    assert "waar toepassing in strijd zou komen met het evenredigheidsbeginsel" not in statute
    # the power is itself the statute's discretion (art. 58 lid 8): using it applies the
    # statute, it is no departure from it (jurist M5); 3:4 lid 2 weighs its consequences
    assert "past de wet toe en wijkt er niet van af" in statute
    assert "art. 3:4 lid 2 Awb" in statute
    assert "Van een wettelijke regel kan worden afgeweken" not in statute


def test_urgent_only_with_a_deadline_on_the_map() -> None:
    power = _deviation(RuleType.POLICY_RULE, "Beleidsregels")
    need = Need("n1", "Afwijken van de regel", "afw", None, "consulent", ("gem",), Urgency.HIGH)
    [bare] = of(case([], powers=[power], needs=[need]), "NEED_HOLDER_FAR")
    assert "urgent" not in bare.detail("nl")
    assert "te lang" not in bare.detail("nl")
    dated = replace(need, deadline=date(2026, 11, 5))
    [f] = of(case([], powers=[power], needs=[dated]), "NEED_HOLDER_FAR")
    # in time by block 2's reckoning: no "te laat" (issue 17: the two findings agree)
    assert "uiterlijk 5 november 2026 genomen zijn; langs deze route ligt het" in f.detail("nl")
    assert "te laat" not in f.detail("nl")


def test_under_a_policy_rule_the_mandate_holder_deviates() -> None:
    need = Need("n1", "Afwijken van de norm", "afw", None, "consulent", ("gem",))
    powers = [_deviation(RuleType.POLICY_RULE, "Beleidsregels bijzondere bijstand")]
    c = case(
        [
            M("m1", "college", "manager", "afw", sub_mandate_levels=1),
            M("m2", "manager", "consulent", "afw"),
        ],
        powers=powers,
        needs=[need],
    )
    assert {f.code for f in of(c, "NEED_HOLDER_FAR")} == set()
    assert "NEED_NO_HOLDER" not in codes(c)


def test_intent_suggestion_follows_the_kind_of_rule() -> None:
    info = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="college")
    policy = case([], info=info, powers=[_deviation(RuleType.POLICY_RULE, "Beleidsregels")])
    [f] = of(policy, "INTENT_NOT_PASSED_DOWN")
    assert "art. 4:84 Awb" in f.suggestion("nl")
    assert "schriftelijk mandaat om af te wijken" not in f.suggestion("nl")
    ordinance = case([], info=info, powers=[_deviation(RuleType.ORDINANCE, "Verordening art. 9")])
    [o] = of(ordinance, "INTENT_NOT_PASSED_DOWN")
    assert "hardheidsclausule" in o.suggestion("nl")
    assert "4:84" not in o.suggestion("nl")


def _under_policy(reserve: bool, rule: RuleType = RuleType.POLICY_RULE) -> list[Finding]:
    """The college mandates bijzondere bijstand under its beleidsregels to the manager."""
    info = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="college")
    bb = replace(BB, legal_basis="Participatiewet art. 35; Beleidsregels", rule_type=rule)
    c = case(
        [M("m1", "college", "manager", "bb", reserves_deviation=reserve)], info=info, powers=[bb]
    )
    return of(c, "INTENT_NOT_PASSED_DOWN")


def test_rule_11_a_mandate_under_a_policy_rule_passes_the_duty_to_deviate_on() -> None:
    # Awb 4:84: whoever decides under a policy rule, a mandate holder included, must deviate
    # where following it is disproportionate - the room to deviate went down with m1
    assert _under_policy(reserve=False) == []


def test_rule_11_unless_the_mandate_decision_reserves_it() -> None:
    # Awb 10:6: the grantor may reserve deviating by instruction; then it stays at the top
    [f] = _under_policy(reserve=True)
    assert f.severity == Severity.CRITICAL
    assert "m1" in f.mandates
    assert "behoudt het afwijken van de beleidsregel voor" in f.detail("nl")
    assert "art. 10:6 lid 1 Awb" in f.detail("nl")
    assert "Hef het voorbehoud" in f.suggestion("nl")
    assert "mandaat om af te wijken" not in f.suggestion("nl")


def test_rule_11_a_reservation_binds_the_sub_mandates_below_it() -> None:
    info = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="college")
    bb = replace(BB, rule_type=RuleType.POLICY_RULE)
    chain = [
        M("m1", "college", "manager", "bb", sub_mandate_levels=1, reserves_deviation=True),
        M("m2", "manager", "consulent", "bb"),
    ]
    c = case(chain, info=info, powers=[bb])
    [f] = of(c, "INTENT_NOT_PASSED_DOWN")
    assert set(f.mandates) == {"m1", "m2"}  # m2 cannot widen what m1 keeps (Awb 10:9)


def test_rule_11_a_reservation_of_4_84_does_not_touch_a_statutory_clause() -> None:
    # deviating from a statute needs its own clause (Participatiewet art. 58 lid 8), which
    # is a power of its own; reserving 4:84 in its mandate changes nothing
    info = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="college")
    tv = Power(
        "tv",
        "Afzien van terugvordering",
        PowerCategory.DEVIATE_FROM_RULE,
        "Participatiewet art. 58 lid 8",
        RuleType.STATUTE,
        holder="college",
    )
    c = case([M("m1", "college", "manager", "tv", reserves_deviation=True)], info=info, powers=[tv])
    assert of(c, "INTENT_NOT_PASSED_DOWN") == []

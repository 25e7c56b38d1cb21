"""A needed decision that departs from the rule (``Need.deviates``): who may take it, both ways.

Under a policy rule whoever decides may depart from it (Awb 4:84), unless a mandate of the
chain reserves that (a mandate "binnen de norm"); under an internal rule only its owner; from a
statute only under a clause of its own."""

from __future__ import annotations

from dataclasses import replace

from mapper import analyse
from mapper.findings import Finding
from models import EntityKind, Need, Power, PowerCategory, RuleType
from models.example import example_case
from tests.mapper.legal_cases import BB, M, case

POLICY = replace(BB, legal_basis="Participatiewet art. 35; Beleidsregels 2025",
                 rule_type=RuleType.POLICY_RULE)  # fmt: skip


def _need(deviates: bool, power: str = "bb", handler: str = "teamleider") -> Need:
    return Need("n1", "Huurachterstand overnemen", power, 4200, handler, deviates=deviates)


def _room(c_deviates: bool, reserve: bool, rule: RuleType = RuleType.POLICY_RULE) -> list[str]:
    """The manager mandates bijzondere bijstand to the team leader, who handles the need."""
    power = replace(POLICY, rule_type=rule)
    c = case(
        [
            M("m1", "college", "manager", "bb", sub_mandate_levels=1),
            M("m2", "manager", "teamleider", "bb", budget=5000, reserves_deviation=reserve),
        ],
        powers=[power],
        needs=[_need(c_deviates)],
    )
    return sorted(f.code for f in analyse(c).findings if "n1" in f.needs)


def test_a_mandate_within_the_norm_covers_a_decision_within_the_norm() -> None:
    assert _room(c_deviates=False, reserve=True) == []


def test_a_mandate_within_the_norm_does_not_cover_a_decision_above_it() -> None:
    # m2 reserves deviating to the manager: the team leader falls short, the manager may
    assert _room(c_deviates=True, reserve=True) == ["NEED_HANDLER_MANDATE_FALLS_SHORT"]


def test_without_a_reservation_the_mandate_holder_may_deviate_4_84() -> None:
    assert _room(c_deviates=True, reserve=False) == []


def test_from_an_internal_rule_only_its_owner_deviates() -> None:
    # a work instruction: the mandate holder applies it; departing from it is the owner's
    assert _room(c_deviates=False, reserve=False, rule=RuleType.INTERNAL) == []
    assert _room(c_deviates=True, reserve=False, rule=RuleType.INTERNAL) == [
        "NEED_HANDLER_MANDATE_FALLS_SHORT"
    ]


def _statute(deviates: bool, power: Power) -> list[Finding]:
    c = case(
        [M("m1", "college", "teamleider", power.id)],
        powers=[power],
        needs=[_need(deviates, power.id)],
    )
    return [f for f in analyse(c).findings if "n1" in f.needs]


def test_a_statute_is_departed_from_only_under_a_clause_of_its_own() -> None:
    assert _statute(False, BB) == []
    [f] = _statute(True, BB)
    assert f.code == "NEED_NO_HOLDER"
    assert "hardheidsclausule" in f.detail("nl")
    assert "(art. 35 Participatiewet)" in f.detail("nl")  # one citation style (L7)
    assert "Neem het besluit binnen de wet" in f.suggestion("nl")
    assert "Mandateer de bevoegdheid uit" not in f.suggestion("nl")
    # no tool jargon: the suggestion names the clause, not a category of the tool (jurist M5)
    assert "categorie" not in f.suggestion("nl")
    assert "category" not in f.suggestion("en")
    assert "ga na of de wet zelf ruimte laat (begripsomschrijving of hardheidsclausule)" in (
        f.suggestion("nl").lower()
    )


def test_a_power_that_is_the_clause_itself_may_be_used_to_deviate() -> None:
    tv = Power(
        "tv",
        "Afzien van terugvordering",
        PowerCategory.DEVIATE_FROM_RULE,
        "Participatiewet art. 58 lid 8",
        RuleType.STATUTE,
        holder="college",
    )
    assert _statute(True, tv) == []


def _n2(deviates: bool) -> Finding:
    """The example's n2 (€ 4.200 rent arrears above the norm), handled by the caseworker."""
    c = example_case()
    c.update(EntityKind.NEED, "n2", {"deviates": deviates})
    [f] = [
        f
        for f in analyse(c).findings
        if f.code == "NEED_HANDLER_MANDATE_FALLS_SHORT" and "n2" in f.needs
    ]
    return f


def test_the_example_n2_above_the_norm_goes_to_the_manager() -> None:
    # m3 gives the team leader bijzondere bijstand "binnen de norm" (it reserves deviating)
    f = _n2(deviates=True)
    assert "de manager Werk en Inkomen, twee stappen boven" in f.detail("nl")
    # named in full in the sub-mandate, by the role alone after (jurist L-b, L3)
    assert "het ondermandaat dat de teamleider Wijkteam Noord verleende" in f.detail("nl")
    assert "de teamleider mag over" in f.detail("nl")
    assert "alleen binnen die regel beslissen" in f.detail("nl")
    assert "Laat de manager Werk en Inkomen dit besluit nemen" in f.suggestion("nl")


def test_the_example_n2_within_the_norm_stays_with_the_team_leader() -> None:
    f = _n2(deviates=False)
    assert "de teamleider, één stap boven" in f.detail("nl")  # second mention (L3)
    assert "binnen die regel" not in f.detail("nl")


def test_the_shipped_example_says_n2_deviates_and_m3_is_within_the_norm() -> None:
    c = example_case()
    assert [n.id for n in c.needs if n.deviates] == ["n2"]
    assert [m.id for m in c.mandates if m.reserves_deviation] == ["m3"]

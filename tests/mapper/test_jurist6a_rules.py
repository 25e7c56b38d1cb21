"""Jurist, sixth round N5: a beleidsregel never stands in the way of a decision (Awb 4:84)."""

from __future__ import annotations

from mapper import analyse
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Case,
    CaseInfo,
    Need,
    Organisation,
    OrganisationKind,
    Power,
    PowerCategory,
    RuleType,
    Urgency,
)
from models.example import example_case
from tests.mapper.legal_cases import AS_OF, ORGS, START, actors, lines, of


def test_a_policy_rule_does_not_stand_in_the_way_of_the_decision() -> None:
    [f] = [f for f in analyse(example_case()).findings if f.code == "RULE_LOOP_OPEN"]
    nl, en = f.detail("nl"), f.detail("en")
    assert "staat" not in nl.split(".")[0]
    assert "staat het besluit ‘" not in nl
    assert "wijkt af van de regel ‘Beleidsregels bijzondere bijstand Rivierstad 2025’. " in nl
    assert (
        "Dat mag en moet waar het volgen van de beleidsregel wegens bijzondere omstandigheden "
        "onevenredig uitpakt (art. 4:84 Awb); de regel staat het "
        "besluit niet in de weg. Wel hoort het college van B&W, dat de beleidsregels vaststelt "
        "(art. 4:81 Awb), nergens waar de regel knelt: geen terugkoppel-, signaal- of "
        "escalatieroute leidt van "
    ) in nl
    assert "the rule does not stand in the way of the decision" in en
    assert "stands in the way" not in en
    assert "(Awb 4:81)" in en


# ------------------------------- J14 and map B: a private party gets no delegation, no beschikking


def _agreement_detail(org_kind: OrganisationKind) -> tuple[str, str]:
    power = Power(
        "wmo",
        "Maatwerkvoorziening Wmo toekennen",
        PowerCategory.SPEND_BUDGET,
        "Wmo 2015 art. 2.3.5",
        RuleType.ORDINANCE,
        holder="college",
    )
    need = Need(
        "n1", "Verlenging begeleiding", "wmo", None, "consulent", ("gem", "zb"), Urgency.HIGH
    )
    decider = Actor("d", "Wijkcoördinator", ActorKind.MANAGER, organisation="zb")
    deal = Agreement(
        "g1",
        "Raamovereenkomst",
        AgreementKind.BREAKTHROUGH,
        ("gem", "zb"),
        "d",
        ("wmo",),
        valid_from=START,
    )
    orgs = [*ORGS, Organisation("zb", "Zorg BV", org_kind)]
    c = Case.from_parts(
        CaseInfo("t", as_of=AS_OF),
        actors(decider),
        lines(),
        [],
        [need],
        organisations=orgs,
        powers=[power],
        agreements=[deal],
    )
    [f] = of(c, "AGREEMENT_OVER_PUBLIC_POWER")
    return f.detail("nl"), f.detail("en")


def test_a_private_party_is_offered_no_delegation_and_the_resident_no_bezwaar() -> None:
    nl, en = _agreement_detail(OrganisationKind.PROVIDER)
    assert "of met delegatie" not in nl
    assert (
        "delegatie is hier geen weg: die vraagt een wettelijk voorschrift "
        "dat erin voorziet (art. 10:15 Awb)" in nl
    )
    assert (
        "De inwoner krijgt zo geen beschikking van het college waartegen bezwaar openstaat "
        "(art. 7:1 Awb). Hij kan wel zelf een aanvraag bij het college doen; beslist het "
        "college niet op tijd, dan staat daartegen bezwaar open (art. 6:2 onder b Awb), na een "
        "ingebrekestelling en twee weken (art. 6:12 lid 2 Awb)."
    ) in nl  # jurist round 7, W13, with the clauses the eighth and ninth (F10) jurists asked for
    assert "kan dus ook geen bezwaar" not in nl
    assert "it needs a statutory provision that provides for it (Awb 10:15)" in en
    assert (
        "The resident thus gets no decision (beschikking) from the executive that is open to "
        "objection (Awb 7:1). The resident can still apply to the executive directly; if the "
        "executive does not decide in time, an objection lies against that (Awb 6:2(b)), "
        "after a notice of default and two weeks (Awb 6:12(2))."
    ) in en

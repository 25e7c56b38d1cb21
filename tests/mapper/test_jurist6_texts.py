"""Jurist, fifth round: smaller sentences (J13 and on), each both ways, in Dutch and English."""

from __future__ import annotations

from mapper import analyse
from mapper.findings import Finding, Severity
from mapper.names import Name
from mapper.wording import running
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
from models.templates import template_case
from tests.mapper.legal_cases import AS_OF, ORGS, START, actors, case, lines, of

# ------------------------------------------------------------------ J13: Wmo-consulent


def test_a_role_built_on_a_statute_keeps_its_capital() -> None:
    assert Name.of("Wmo-consulent", ActorKind.PROFESSIONAL).running("nl") == "de Wmo-consulent"
    assert running("Wmo-maatwerkvoorziening toekennen") == "Wmo-maatwerkvoorziening toekennen"
    # a plain role still goes to lower case, a hyphenated one too
    assert Name.of("Consulent inkomen", ActorKind.PROFESSIONAL).running("nl") == (
        "de consulent inkomen"
    )
    assert Name.of("Woon-consulent", ActorKind.PROFESSIONAL).running("nl") == "de woon-consulent"


def test_the_wmo_template_says_wmo_consulent() -> None:
    a = analyse(template_case("wmo"))
    nl = " ".join(f.title("nl") + f.detail("nl") + f.suggestion("nl") for f in a.findings)
    assert "de Wmo-consulent" in nl
    assert "wmo-consulent" not in nl


# ----------------------------------------------- J3: why a mandate to the decider is no remedy


def _over(name: str, decider_org: str, org_kind: OrganisationKind) -> str:
    holder = Actor("ia", "Invorderingsambtenaar", ActorKind.ADMINISTRATOR, organisation="bs")
    power = Power("p", name, PowerCategory.OTHER, "Invorderingswet 1990 art. 26",
                  RuleType.STATUTE, holder="ia")  # fmt: skip
    need = Need("n1", "Besluit", "p", None, "consulent", ("gem", "bs"), Urgency.HIGH)
    decider = Actor("d", "Coördinator", ActorKind.MANAGER, organisation=decider_org)
    deal = Agreement("g1", "Doorbraakafspraak", AgreementKind.BREAKTHROUGH,
                     tuple(dict.fromkeys(("gem", "bs", decider_org))), "d", ("p",),
                     valid_from=START)  # fmt: skip
    orgs = [*ORGS, Organisation("bs", "Belastingsamenwerking", OrganisationKind.OTHER)]
    if decider_org == "zb":
        orgs.append(Organisation("zb", "Zorg BV", org_kind))
    c = Case.from_parts(
        CaseInfo("t", as_of=AS_OF), actors(holder, decider), lines(), [], [need],
        organisations=orgs, powers=[power], agreements=[deal],
    )  # fmt: skip
    [f] = of(c, "AGREEMENT_OVER_PUBLIC_POWER")
    return f.suggestion("nl") + " | " + f.suggestion("en")


def test_the_municipality_on_the_debtors_side_may_not_decide_the_creditors_claim() -> None:
    text = _over("Instemmen met een akkoord in de schuldregeling", "gem", OrganisationKind.OTHER)
    assert (
        "Mandaat aan de coördinator is hier geen oplossing: de gemeente begeleidt de "
        "schuldenaar, en over de eigen vordering hoort de schuldeiser zelf te beslissen "
        "(art. 2:4 Awb)"
    ) in text
    assert "the municipality guides the debtor" in text
    assert "als partij bij de afspraak" not in text


def test_a_decision_that_is_no_claim_says_the_side_not_the_debtor() -> None:
    text = _over("Parkeervergunning verlenen", "gem", OrganisationKind.OTHER)
    assert "de gemeente staat in deze casus aan de kant van de inwoner" in text
    assert "schuldenaar" not in text
    assert "als partij bij de afspraak" not in text


def test_a_provider_decides_on_its_own_production() -> None:
    text = _over("Parkeervergunning verlenen", "zb", OrganisationKind.PROVIDER)
    assert "Zorg BV levert de ondersteuning zelf en heeft een eigen, financieel belang" in text
    assert "als partij bij de afspraak" not in text
    partner = _over("Parkeervergunning verlenen", "zb", OrganisationKind.PARTNER)
    assert "Zorg BV heeft een eigen belang bij de uitkomst (art. 2:4 Awb)" in partner
    assert "levert de ondersteuning" not in partner


# --------------------------------------- J12: a deviation power missing from the map is a note


def _intent_case(powers: list[Power]) -> list[Finding]:
    info = CaseInfo("t", intent="Inwoner krijgt passende hulp", as_of=AS_OF,
                    intent_owner="college")  # fmt: skip
    need = Need("n1", "Verlenging begeleiding", "wmo", None, "consulent", ("gem",), Urgency.HIGH)
    c = case([], info=info, powers=powers, needs=[need])
    return [f for f in analyse(c).findings if f.code == "INTENT_NO_DEVIATION_POWER"]


WMO_ORD = Power("wmo", "Maatwerkvoorziening Wmo toekennen", PowerCategory.SPEND_BUDGET,
                "Wmo 2015 art. 2.3.5", RuleType.ORDINANCE, holder="college")  # fmt: skip


def test_a_map_without_any_power_to_deviate_gets_a_note_not_a_critical_finding() -> None:
    [f] = _intent_case([WMO_ORD])
    assert f.severity == Severity.INFO
    assert f.title("nl") == "De kaart noemt geen bevoegdheid om af te wijken"
    assert f.detail("nl") == (
        "De kaart noemt geen bevoegdheid om van een regel af te wijken of de routine op te "
        "schorten. Het college van B&W beslist zelf over ‘maatwerkvoorziening Wmo toekennen’ "
        "(art. 2.3.5 Wmo 2015) en kan van zijn eigen beleidsregels afwijken (art. 4:84 Awb)."
    )
    assert "hardheidsclausule" in f.suggestion("nl")
    assert "Niemand op de kaart" not in f.detail("nl")
    assert f.title("en") == "The map names no power to deviate"


def test_a_deviation_power_the_college_holds_but_never_passed_down_stays_critical() -> None:
    # the map does name a power to deviate: who holds it is a finding, not a gap in the map
    tv = Power("tv", "Afzien van terugvordering", PowerCategory.DEVIATE_FROM_RULE,
               "Participatiewet art. 58 lid 8", RuleType.STATUTE, holder="raad")  # fmt: skip
    found = _intent_case([WMO_ORD, tv])
    assert [f.severity for f in found] == [Severity.CRITICAL]
    assert "De kaart noemt geen bevoegdheid" not in found[0].title("nl")

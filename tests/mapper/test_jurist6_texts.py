"""Jurist, fifth round: smaller sentences (J13 and on), each both ways, in Dutch and English."""

from __future__ import annotations

from mapper import analyse
from mapper.checks import trust
from mapper.checks.trust import _state
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
    RelationKind,
    Relationship,
    RuleType,
    Urgency,
)
from models.example import example_case
from models.templates import template_case
from tests.mapper.legal_cases import AS_OF, ORGS, START, actors, case, lines, of
from tests.mapper.test_blocks_5_6 import _citizen, _of

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
    power = Power(
        "p",
        name,
        PowerCategory.OTHER,
        "Invorderingswet 1990 art. 26",
        RuleType.STATUTE,
        holder="ia",
    )
    need = Need("n1", "Besluit", "p", None, "consulent", ("gem", "bs"), Urgency.HIGH)
    decider = Actor("d", "Coördinator", ActorKind.MANAGER, organisation=decider_org)
    deal = Agreement(
        "g1",
        "Doorbraakafspraak",
        AgreementKind.BREAKTHROUGH,
        tuple(dict.fromkeys(("gem", "bs", decider_org))),
        "d",
        ("p",),
        valid_from=START,
    )
    orgs = [*ORGS, Organisation("bs", "Belastingsamenwerking", OrganisationKind.OTHER)]
    if decider_org == "zb":
        orgs.append(Organisation("zb", "Zorg BV", org_kind))
    c = Case.from_parts(
        CaseInfo("t", as_of=AS_OF),
        actors(holder, decider),
        lines(),
        [],
        [need],
        organisations=orgs,
        powers=[power],
        agreements=[deal],
    )
    [f] = of(c, "AGREEMENT_OVER_PUBLIC_POWER")
    return f.suggestion("nl") + " | " + f.suggestion("en")


def test_the_municipality_on_the_debtors_side_may_not_decide_the_creditors_claim() -> None:
    text = _over("Instemmen met een akkoord in de schuldregeling", "gem", OrganisationKind.OTHER)
    assert (
        # art. 2:4 forbids prejudice, not the mandate (jurist 15, J10)
        "Juridisch kan mandaat aan de coördinator, maar het verdraagt zich slecht met de "
        "scheiding tussen schuldhulpverlener en schuldeiser: de gemeente begeleidt de "
        "schuldenaar, en over de eigen vordering hoort de schuldeiser zelf te beslissen "
        "(vgl. art. 2:4 Awb)"
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
    info = CaseInfo("t", intent="Inwoner krijgt passende hulp", as_of=AS_OF, intent_owner="college")
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
        "schorten. Het college van B&W beslist zelf over ‘Maatwerkvoorziening Wmo toekennen’ "
        "(art. 2.3.5 Wmo 2015) en kan van zijn eigen beleidsregels afwijken (art. 4:84 Awb)."
    )
    assert "hardheidsclausule" in f.suggestion("nl")
    assert "Niemand op de kaart" not in f.detail("nl")
    assert f.title("en") == "The map names no power to deviate"


def test_a_deviation_power_the_college_holds_but_never_passed_down_stays_critical() -> None:
    # the map does name a power to deviate: who holds it is a finding, not a gap in the map
    tv = Power(
        "tv",
        "Afzien van terugvordering",
        PowerCategory.DEVIATE_FROM_RULE,
        "Participatiewet art. 58 lid 8",
        RuleType.STATUTE,
        holder="raad",
    )
    found = _intent_case([WMO_ORD, tv])
    assert [f.severity for f in found] == [Severity.CRITICAL]
    assert "De kaart noemt geen bevoegdheid" not in found[0].title("nl")


# ------------------------------------------------ J16: the resident's distrust, under the AVG


def test_contact_with_a_distrusted_partner_needs_a_ground_for_sharing_data() -> None:
    (f,) = [
        x for x in analyse(example_case()).findings if x.code == "TRUST_CITIZEN_DISTRUSTS_HANDLER"
    ]
    nl = f.suggestion("nl")
    assert "het contact met Woningcorporatie Thuisplus mee voeren of overnemen" in nl
    assert (
        "Wie dat contact voert, deelt persoonsgegevens van mevrouw Jansen met Woningcorporatie "
        "Thuisplus: dat vraagt een heldere rol en een grondslag (art. 6 lid 1 onder e AVG: een "
        "taak van algemeen belang die de wet opdraagt; voor gezondheidsgegevens art. 9 AVG)."
    ) in nl
    assert "(GDPR art. 6(1)(e): a task in the public interest" in f.suggestion("en")
    assert "klachtenregeling" not in nl


def test_a_distrusted_municipal_handler_is_replaced_or_the_complaint_route_offered() -> None:
    (f,) = _of(_citizen(-2), trust.check, "TRUST_CITIZEN_DISTRUSTS_HANDLER")
    nl = f.suggestion("nl")
    assert nl == (
        "Bied mevrouw Jansen een andere consulent aan, of wijs op de klachtenregeling "
        "(hoofdstuk 9 Awb), en ga na wat het vertrouwen heeft geschaad."
    )
    assert "AVG" not in nl
    assert "mee voeren" not in nl


# ---------------------------------------- J13: trust that is not mapped is not "not mutual"


def test_a_backing_line_without_mapped_trust_is_said_to_be_unmapped() -> None:
    a = analyse(template_case("wmo"))
    [f] = [x for x in a.findings if x.code == "TRUST_BACKING_WEAK"]
    assert "is het vertrouwen niet in kaart gebracht: " in f.detail("nl")
    assert "niet wederzijds" not in f.detail("nl")
    assert "trust has not been mapped" in f.detail("en")
    # a line with trust one way only still says "niet wederzijds"
    assert _state([("a", "b", "one-way")]).nl == "is het vertrouwen niet wederzijds"
    assert _state([("a", "b", "absent"), ("b", "c", "one-way")]).nl == (
        "is het vertrouwen niet wederzijds"
    )
    assert _state([("a", "b", "absent")] * 2 + [("c", "d", "one-way")]).nl == (
        "is het vertrouwen grotendeels niet in kaart gebracht"
    )


# ------------------------------------------ J17: a split at the top goes to the college


def _top_case(mayor: int = 0, servant: int = -1) -> Case:
    actors = [
        Actor("college", "College van B&W", ActorKind.ADMINISTRATOR, organisation="gem", stance=1),
        Actor(
            "w",
            "Wethouder Werk",
            ActorKind.ADMINISTRATOR,
            organisation="gem",
            stance=2,
            public_body=False,
        ),
        Actor(
            "bm",
            "Burgemeester",
            ActorKind.ADMINISTRATOR,
            organisation="gem",
            stance=mayor,
            influence=5,
        ),
        Actor(
            "s",
            "Gemeentesecretaris",
            ActorKind.EXECUTIVE,
            organisation="gem",
            stance=servant,
            influence=4,
        ),
        Actor(
            "opp",
            "Fractievoorzitter",
            ActorKind.COUNCIL,
            organisation="gem",
            stance=-2,
            influence=4,
        ),
    ]
    rels = [Relationship("r1", "w", "college", RelationKind.COLLABORATION)]
    return Case.from_parts(
        CaseInfo("t", intent_owner="w", as_of=AS_OF), actors, rels, organisations=ORGS
    )


def test_a_split_at_the_top_is_put_to_the_college() -> None:
    a = analyse(_top_case())
    [f] = [x for x in a.findings if x.code == "SPHERES_SPLIT_AT_TOP"]
    assert f.suggestion("nl") == (
        "Leg het verschil voor aan het college van B&W: het college stelt de koers vast en legt "
        "de ruimte om af te wijken vast in zijn beleidsregels en het mandaatbesluit; de "
        "gemeentesecretaris adviseert en zorgt dat die koers langs de lijn de behandelaar "
        "bereikt."
    )
    assert "samen vast te stellen" not in f.suggestion("nl")
    assert f.suggestion("en").startswith(
        "Put the difference to the municipal executive (College van B&W)"
    )
    # the secretaris is no outside opponent to be talked to like the press
    opp = [x for x in a.findings if x.code == "SPHERES_OPPONENT_UNCONNECTED"]
    assert [x.actors[0] for x in opp] == ["opp"]


def test_the_burgemeester_against_the_intent_is_a_matter_for_the_college() -> None:
    a = analyse(_top_case(mayor=-2, servant=0))
    [f] = [x for x in a.findings if x.code == "SPHERES_COLLEGE_DIVIDED"]
    assert f.title("nl") == (
        "De burgemeester en de wethouder Werk verschillen in het college van mening over de "
        "bedoeling"
    )
    assert (
        "De burgemeester bevordert de eenheid van het collegebeleid (art. 170 lid 1 onder a "
        "Gemeentewet)." in f.detail("nl")
    )
    assert f.suggestion("nl") == (
        "Bespreek de bedoeling in het college; het college beslist als één bestuursorgaan."
    )
    texts = " ".join(x.title("nl") + x.suggestion("nl") for x in a.findings)
    assert "met de burgemeester in gesprek" not in texts
    assert "burgemeester, een invloedrijke tegenstander" not in texts.casefold()
    # the council member is still an outside opponent, with the council line
    [o] = [x for x in a.findings if x.code == "SPHERES_OPPONENT_UNCONNECTED"]
    assert o.actors[0] == "opp"
    assert "art. 169 Gemeentewet" in o.suggestion("nl")
    # a mayor who supports the intent: no finding
    assert not [
        x for x in analyse(_top_case(mayor=1)).findings if x.code == "SPHERES_COLLEGE_DIVIDED"
    ]


def test_a_divided_college_and_a_split_at_the_top_are_two_causes_each_with_its_advice() -> None:
    a = analyse(_top_case(mayor=-2, servant=-1))
    codes = {"SPHERES_COLLEGE_DIVIDED", "SPHERES_SPLIT_AT_TOP"}
    causes = [c for c in a.causes if any(f.split(":", 1)[0] in codes for f in c.findings)]
    assert len(causes) == 2
    advice = " ".join(c.suggestion.nl for c in causes)
    assert "Bespreek de bedoeling in het college" in advice
    assert "Leg het verschil voor aan het college van B&W" in advice

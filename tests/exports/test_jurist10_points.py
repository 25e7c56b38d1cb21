"""The last three legal kinds that reached the generic beslispunt get their own (session 10,
issue 10; tests/exports/test_decisions_kinds.py's LEGAL_OPEN): each a decision the college
can take, with its addressee and its article. Known answers, on the reviewers' maps where the
kind occurs and on small maps built for the variants."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from exports.decisions import _point, decision_points
from mapper import analyse
from mapper.findings import Cause
from models import Actor, ActorKind, CaseInfo, RuleType
from models.fileformat import load
from tests.exports.test_decisions_kinds import _alone, analyses, maps
from tests.mapper.legal_cases import AS_OF, BB, M, case


def _alone_points(code: str) -> tuple[str, str]:
    c, analysis, cause = _alone(code)
    return _point(c, analysis, cause, "nl"), _point(c, analysis, cause, "en")


def test_unequal_outcomes_reconsider_the_refusal_beside_the_grant() -> None:
    nl, en = _alone_points("DEVIATION_UNEQUAL_OUTCOMES")  # the example's dv1/dv2
    assert nl == (
        "het verzoek van 18 juni 2026 om af te wijken van ‘Beleidsregels bijzondere bijstand "
        "Rivierstad 2025’, dat werd afgewezen, ambtshalve te heroverwegen naast het verzoek van "
        "12 maart 2026, dat werd toegestaan: verschillen de gevallen niet, dan het verzoek "
        "alsnog toe te wijzen; verschillen zij wel, dan dat verschil in een nieuw besluit te "
        "motiveren (art. 3:46 Awb; gelijkheidsbeginsel)"
    )
    assert en.startswith("to reconsider of its own motion the request of 18 June 2026")
    assert en.endswith("(Awb 3:46; equal treatment)")


def test_a_delegation_to_a_subordinate_on_the_way_down_becomes_a_mandate() -> None:
    nl, en = _alone_points("INTENT_NOT_PASSED_DOWN")  # map F: m3 delegated to the manager
    assert nl == (
        "het Delegatiebesluit 2025 in te trekken voor zover het ‘Afwijken van de Verordening "
        "Wmo (hardheidsclausule)’ aan de manager Wmo delegeert (art. 10:14 Awb), die "
        "bevoegdheid aan de manager Wmo in mandaat te verlenen (art. 10:3 Awb), en de besluiten "
        "die de manager Wmo op de delegatie nam, te laten inventariseren en de besluiten die geen "
        "geldig mandaat dekte, ter bekrachtiging voor te leggen"
    )
    assert "(Awb 10:14)" in en
    assert en.endswith(
        "took under the delegation listed and those no valid mandate covered put forward for "
        "ratification"
    )


def _intent_case(reserve: bool | None) -> list[str]:
    info = CaseInfo("t", intent="Gezin blijft wonen", as_of=AS_OF, intent_owner="college")
    bb = replace(
        BB, legal_basis="Participatiewet art. 35; Beleidsregels", rule_type=RuleType.POLICY_RULE
    )
    grants = (
        [] if reserve is None else [M("m1", "college", "manager", "bb", reserves_deviation=reserve)]
    )
    c = case(grants, info=info, powers=[bb])
    return decision_points(c, analyse(c), "nl")


def test_a_reservation_in_the_mandate_decision_is_lifted() -> None:
    points = _intent_case(reserve=True)
    assert any(
        p.startswith("het voorbehoud van het afwijken van de beleidsregel in het mandaat voor ")
        and p.endswith(
            "op te heffen (art. 10:6 lid 1 Awb), zodat de manager ervan mag en moet afwijken "
            "als toepassing onevenredig uitpakt (art. 4:84 Awb)"
        )
        for p in points
    ), points


def test_without_a_mandate_the_college_mandates_the_power() -> None:
    points = _intent_case(reserve=None)
    assert any(
        p.endswith(
            "de bevoegdheid ‘Bijzondere bijstand’ in mandaat te verlenen aan de teamleider of "
            "manager van de casus, met een lijn terug (art. 10:3 Awb); de plicht om af te "
            "wijken van een beleidsregel als toepassing ervan onevenredig uitpakt (art. 4:84 "
            "Awb), gaat dan mee"
        )
        for p in points
    ), points
    assert not any("om het volgende te verhelpen" in p for p in points), points


def test_a_mandate_for_a_request_to_a_court_is_named_a_machtiging() -> None:
    nl, en = _alone_points("MANDATE_RECORDED_FOR_NON_BESLUIT")  # map D's m4
    assert nl == (
        "in het besluit waarin het college van B&W ‘Verzoek machtiging gesloten jeugdhulp "
        "indienen’ aan de gedragswetenschapper Jeugdregio opdraagt, die opdracht een machtiging "
        "te noemen en geen mandaat: die handeling is geen besluit (art. 1:3 Awb), dus gaat zij "
        "over met een machtiging; de regels over mandaat zijn daarop van overeenkomstige "
        "toepassing (art. 10:12 Awb)"
    )
    assert "an authorisation (machtiging), not a mandate" in en


def test_a_mandate_for_a_private_law_act_is_named_a_volmacht() -> None:
    [f] = [f for f in analyses()["e"].findings if f.code == "MANDATE_RECORDED_FOR_NON_BESLUIT"]
    cause = Cause(
        f"finding:{f.code}",
        f.title,
        f.title,
        f.suggestion,
        f.severity,
        1,
        f.building_block,
        (f.building_block,),
        (f.id,),
        told=(f.id,),
    )
    analysis = replace(analyses()["e"], findings=(f,), causes=(cause,))
    assert _point(maps()["e"], analysis, cause, "nl") == (  # map E's m2: a bruikleenovereenkomst
        "in het besluit waarin het college van B&W ‘Bruikleenovereenkomst hulpmiddel sluiten’ "
        "aan de manager Wmo opdraagt, die opdracht een volmacht te noemen en geen mandaat: die "
        "handeling is een privaatrechtelijke rechtshandeling en geen besluit (art. 1:3 Awb), dus "
        "gaat zij over met een volmacht; de regels over mandaat zijn daarop van overeenkomstige "
        "toepassing (art. 10:12 Awb)"
    )
    assert "a power of attorney (volmacht), not a mandate" in _point(
        maps()["e"], analysis, cause, "en"
    )


def test_a_sub_mandate_inside_the_civil_service_goes_to_the_secretaris() -> None:
    """The manager's own sub-mandate reaches further than his mandate: the organisation's own
    matter (art. 160 lid 1 onder c Gemeentewet), so the college asks the gemeentesecretaris,
    not the wethouder (session 9's open point on ``_by_college``)."""
    sec = Actor("sec", "Gemeentesecretaris", ActorKind.EXECUTIVE, organisation="gem")
    weth = Actor("weth", "Wethouder Sociaal Domein", ActorKind.ADMINISTRATOR, organisation="gem")
    info = CaseInfo("t", as_of=AS_OF, intent_owner="weth")
    chain = [
        M("m1", "college", "manager", "bb", sub_mandate_levels=1, budget=1000),
        M("m2", "manager", "teamleider", "bb", budget=5000),
    ]
    c = case(chain, info=info, powers=[BB], extra=[sec, weth])
    analysis = analyse(c)
    [cause] = [
        k
        for k in analysis.causes
        if any(f.code == "MANDATE_BUDGET_ABOVE_GRANTOR" for f in analysis.findings_of(k))
    ]
    assert _point(c, analysis, cause, "nl") == (
        "de gemeentesecretaris te vragen het maximumbedrag van het mandaat voor ‘Bijzondere "
        "bijstand’ aan de teamleider in lijn te brengen met het mandaat van de manager Werk en "
        "Inkomen: een ondermandaat kan niet verder reiken dan het mandaat waarop het steunt"
    )
    assert _point(c, analysis, cause, "en").startswith("to ask the Gemeentesecretaris to ")


def test_a_critical_legal_defect_beyond_the_first_causes_gets_its_beslispunt() -> None:
    """Tenth jurist J13, her map G4 (tests/exports/data/jurist10_map_g4.kvmap): the
    wethouder's mandate for terugvordering, without the power (art. 10:1 Awb), is the fourth
    cause; only the first three got a beslispunt, so the college signed a nota listing
    unauthorised decisions without deciding on them. The college did not grant that mandate,
    so it does not withdraw it: it states it has no basis and grants it itself (eleventh
    jurist H7)."""
    c = load(Path(__file__).parent / "data" / "jurist10_map_g4.kvmap")
    points = decision_points(c, analyse(c), "nl")
    assert points[-1] == (
        "vast te stellen dat het mandaat voor ‘Terugvorderen van bijstand’ aan de teamleider "
        "Inkomen geen grondslag heeft, omdat de wethouder Sociaal Domein de bevoegdheid niet "
        "heeft (art. 10:1 Awb), de teamleider die bevoegdheid vanuit het college van B&W te "
        "mandateren, en de besluiten die de teamleider erop nam, te laten inventariseren en, "
        "voor zover geen ander geldig mandaat ze dekte, ter bekrachtiging voor te leggen"
    )
    assert len(points) == len(set(points))


def test_a_volmacht_and_a_machtiging_passed_on_too_far_keep_their_words() -> None:
    """Tenth jurist J1, her map G: an ondervolmacht and an ondermachtiging beyond what the
    college allowed are named so in the analysis, and each beslispunt amends the besluit the
    grant rests on (the Volmachtbesluit, not the Mandaatbesluit), in its own words."""
    c = load(Path(__file__).parent / "data" / "jurist10_map_g.kvmap")
    analysis = analyse(c)
    titles = sorted(
        f.title("nl") for f in analysis.findings if f.code == "MANDATE_SUBMANDATE_NOT_ALLOWED"
    )
    assert titles == [
        "De manager Sociaal Domein mag de machtiging voor ‘Verzoek tot onderbewindstelling "
        "indienen’ niet doorgeven aan de consulent Inkomen",
        "De teamleider Inkomen mag de volmacht voor ‘Huurovereenkomst noodwoning sluiten’ niet "
        "doorgeven aan de consulent Inkomen",
    ]
    points = decision_points(c, analysis, "nl")
    assert (
        "het Mandaatbesluit 2025 zo te wijzigen dat de consulent Inkomen rechtstreeks en "
        "schriftelijk gemachtigd is om een verzoek tot onderbewindstelling in te dienen "
        "(art. 10:12 Awb)"
    ) in points
    assert (
        "het Volmachtbesluit 2025 zo te wijzigen dat de consulent Inkomen rechtstreeks volmacht "
        "heeft "
        "voor ‘Huurovereenkomst noodwoning sluiten’, en de overeenkomsten die de consulent op "
        "de ondervolmacht sloot, te laten inventariseren en ter bekrachtiging voor te leggen (art. "
        "3:69 BW)"
    ) in points
    assert not any("gemandateerd is om huurovereenkomst" in p for p in points), points


def test_a_gr_delegation_without_basis_needs_the_bestuur_s_consent_to_a_mandate() -> None:
    """Tenth jurist J14, map G4: the dagelijks bestuur of a GR does not work under the
    college, so a mandate instead of the delegation needs its consent (art. 10:4 lid 1 Awb);
    the basis may be the regeling itself; what it decided is listed and ratified."""
    c = load(Path(__file__).parent / "data" / "jurist10_map_g4.kvmap")
    assert decision_points(c, analyse(c), "nl")[0] == (
        "vast te leggen welk wettelijk voorschrift of welke bepaling van de gemeenschappelijke "
        "regeling in de delegatie van ‘Loonkostensubsidie vaststellen’ aan het dagelijks bestuur "
        "van het Werkbedrijf voorziet (art. 10:15 Awb), of, als er geen is, de delegatie in te "
        "trekken en het dagelijks bestuur in plaats daarvan met zijn instemming mandaat te "
        "verlenen (art. 10:4 lid 1 Awb), en de besluiten die het dagelijks bestuur op de "
        "delegatie nam, te laten inventariseren en de besluiten die geen geldig mandaat dekte, ter "
        "bekrachtiging voor te leggen"
    )

"""The seventh jurist's W3, W4 and W5 in the nota's beslispunten (docs/reviews/
2026-12-03-seventh-jurist.md): the statutory decision term instead of an agreed one, a GR's
beleidsregels prepared by the portfolio holder (never "te besluiten of"), a GR's casusreflectie
set up by its dagelijks bestuur in which the rule-maker hears the professionals, the member of
the algemeen bestuur who sits there for the municipality, and a machtiging named as one."""

from __future__ import annotations

from exports.decisions import decision_points
from exports.grant_point import mandate_point as _mandate_point
from mapper import analyse
from mapper.decision_terms import statutory_term
from models import Case
from models.enums import EntityKind
from models.fileformat import case_from_dict, case_to_dict
from tests.exports.jurist7_maps import map_b, map_d


def _points(case: Case, lang: str = "nl") -> list[str]:
    return decision_points(case, analyse(case), lang)  # type: ignore[arg-type]


def test_map_b_the_college_decides_within_the_statutory_term() -> None:
    nl, en = _points(map_b()), _points(map_b(), "en")
    text = " | ".join(nl)
    assert "afgesproken termijn" not in text
    assert (
        "waarin het college van B&W zelf over ‘Maatwerkvoorziening Wmo toekennen’ beslist, binnen "
        "de wettelijke termijn (art. 2.3.5 lid 1 Wmo 2015), Zorgaanbieder Helpt alleen adviseert "
        "over de omvang, en vastligt bij wie de wijkcoördinator kan escaleren"
    ) in nl[0]
    assert "within the statutory term (Wmo 2015 art. 2.3.5(1))" in en[0]
    assert "agreed term" not in " | ".join(en)


def test_the_term_follows_the_power_s_legal_basis_not_the_map() -> None:
    """Another basis keeps the agreed term: the term is read from the basis, not map B."""
    case = map_b()
    case.update(EntityKind.POWER, "wmo", {"legal_basis": "Verordening maatschappelijke zorg"})
    assert "binnen een afgesproken termijn" in _points(case)[0]
    assert statutory_term("Verordening maatschappelijke zorg", "nl") is None
    assert statutory_term("Wmo 2015 art. 2.3.5", "nl") == (
        "de wettelijke termijn (art. 2.3.5 lid 1 Wmo 2015)"
    )


def _policy_d() -> Case:
    """Map D with its rule a beleidsregel (the statute's age limit leaves no room that a
    beleidsregel could give, tenth jurist J7: tests/exports/test_jurist11_points.py)."""
    d = case_to_dict(map_d())
    for rule in d["rules"]:
        rule["rule_type"] = "policy_rule"
    return case_from_dict(d)


def test_map_d_beleidsregels_are_prepared_by_the_portfolio_holder() -> None:
    nl, en = _points(_policy_d()), _points(_policy_d(), "en")
    assert not any("te besluiten of" in p for p in nl)
    assert not any("to decide whether" in p for p in en)
    assert nl[0] == (
        "de wethouder Jeugd te vragen een voorstel voor te bereiden voor beleidsregels aan het "
        "dagelijks bestuur van de Jeugdregio over de uitoefening van de gedelegeerde bevoegdheid "
        "‘Beslissen over een individuele voorziening jeugdhulp’ (art. 10:16 lid 1 Awb); op de "
        "aanvraag ‘Voortgezette jeugdhulp na 23 jaar’ beslist het dagelijks bestuur zelf"
    )
    assert en[0].startswith("to ask the Wethouder Jeugd to prepare a proposal for policy rules")


def test_map_d_casusreflectie_goes_to_the_gr_s_dagelijks_bestuur() -> None:
    nl, en = _points(map_d()), _points(map_d(), "en")
    [reflection] = [p for p in nl if "casusreflectie" in p]
    assert "gemeentesecretaris" not in reflection
    assert reflection == (
        "het dagelijks bestuur van de Jeugdregio te vragen een periodieke casusreflectie in te "
        "richten waarin wie "
        "de regels vaststelt, hoort wat de jeugdconsulent Jeugdregio en de gedragswetenschapper "
        "Jeugdregio zien knellen"
    )
    [english] = [p for p in en if "case review" in p]
    assert "whoever sets the rules hears what the Jeugdconsulent Jeugdregio" in english


def test_map_d_the_member_of_the_algemeen_bestuur_for_the_municipality() -> None:
    nl, en = _points(map_d()), _points(map_d(), "en")
    text = " | ".join(nl)
    assert "als lid van het algemeen bestuur" not in text
    # the GR's staffing is its dagelijks bestuur's, and the case does depend on the directeur
    # (jurist, eighth round N4)
    assert (
        "het dagelijks bestuur van de Jeugdregio te vragen te voorkomen dat de casus van één "
        "persoon (de "
        "directeur Jeugdregio) afhangt, bijvoorbeeld met een tweede route of een vervanger"
    ) in nl
    assert "niet van één persoon afhangt" not in text
    assert "as a member of the general board" not in " | ".join(en)
    assert (
        "to ask the executive board of Jeugdregio to prevent the case from depending on one "
        "person (the "
        "Directeur Jeugdregio), for example with a second route or a stand-in"
    ) in en


def test_a_machtiging_s_consent_is_recorded_with_the_machtigingsbesluit() -> None:
    """The consent point for a machtiging (a request to the court) names the instrument."""
    case = map_d()
    case.update(EntityKind.MANDATE, "m4", {"legal_basis": ""})
    analysis = analyse(case)
    [f] = [f for f in analysis.findings if f.code == "MANDATE_CONSENT_UNKNOWN"]
    nl, en = _mandate_point(case, f, "nl"), _mandate_point(case, f, "en")
    assert nl == (
        "de instemming van de gedragswetenschapper Jeugdregio met de machtiging om een verzoek "
        "om een machtiging gesloten jeugdhulp in te dienen vast te leggen bij het "
        "machtigingsbesluit"
    )
    assert en is not None
    assert "the authorisation" in en
    assert "authorisation decision" in en
    assert "mandaat" not in nl


def test_map_b_staff_work_goes_to_the_gemeentesecretaris_in_one_point() -> None:
    """W3 (3) and (4): the casusoverleg and the triage are the staff organisation's, so one
    beslispunt to the municipal secretary, not two remedies pasted behind the wethouder."""
    nl, en = _points(map_b()), _points(map_b(), "en")
    assert nl[1:] == [
        "de gemeentesecretaris te vragen een casusoverleg van de teamleider Inkomen met de "
        "ketenpartners in te richten en in de werkinstructie vast te leggen wie de triage doet"
    ]
    assert en[1:] == [
        "to ask the Gemeentesecretaris to set up a case meeting of the Teamleider Inkomen with "
        "the partner organisations and record in the work instruction who does the triage"
    ]


def _all_cases() -> list[tuple[str, Case]]:
    from models.example import example_case
    from models.templates import TEMPLATES, template_case
    from tests.mapper.test_jurist6_map_a import map_a
    from tests.mapper.test_jurist6_map_c import map_c

    cases = [("example", example_case()), ("a", map_a()), ("b", map_b()), ("c", map_c())]
    cases.append(("d", map_d()))
    return cases + [(t.key, template_case(t.key)) for t in TEMPLATES]


def test_no_cause_pastes_its_remedy_behind_the_wethouder() -> None:
    """Every cause the nota can make a beslispunt of has its own sentence and addressee."""
    from exports.decisions import _map_gap, _point

    for name, case in _all_cases():
        analysis = analyse(case)
        for cause in analysis.causes:
            if _map_gap(analysis, cause):
                continue
            for lang in ("nl", "en"):
                point = _point(case, analysis, cause, lang)
                assert "dit uit te werken" not in point, (name, cause.id, point)
                assert "to work this out:" not in point, (name, cause.id, point)


def test_the_wmo_template_s_two_second_routes_are_one_point() -> None:
    """W14: beside the manager and the teamleider, one route from the same consulent."""
    from models.templates import template_case

    case = template_case("wmo")
    nl = _points(case)
    routes = [p for p in nl if "tweede ambtelijke route" in p]
    assert routes == [
        "de gemeentesecretaris te vragen naast de manager Zorg en Welzijn en de teamleider Wmo "
        "een tweede ambtelijke route in te richten van de Wmo-consulent naar wie in de casus mag "
        "beslissen, en vast te leggen wie de manager en de teamleider bij afwezigheid vervangt"
    ]
    assert len(_points(case, "en")) == len(nl)


def test_a_portfolio_holder_without_a_power_to_deviate_gets_the_college_s_endorsement() -> None:
    """The 'lacks' form ("Maak het bestuursorgaan dat deze besluiten neemt eigenaar van de
    bedoeling"): the college endorses the intent, not a lecture pasted behind the wethouder."""
    from exports.decisions import _point
    from models import Actor, ActorKind, CaseInfo

    case = Case.from_parts(
        CaseInfo("t", intent="Gezin blijft wonen", intent_owner="w"),
        [Actor("w", "Wethouder", ActorKind.ADMINISTRATOR, stance=2)],
    )
    analysis = analyse(case)
    [f] = [f for f in analysis.findings if f.code == "INTENT_NO_DEVIATION_POWER"]
    [cause] = [c for c in analysis.causes if f.id in c.findings]
    assert _point(case, analysis, cause, "nl") == (
        "de bedoeling achter deze aanpak als college te onderschrijven, zodat wie in mandaat "
        "beslist, daarop kan steunen"
    )
    assert _point(case, analysis, cause, "en").startswith("to endorse the intent")

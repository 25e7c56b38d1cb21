"""The eighth jurist's points on the nota's beslispunten (reviews7/jurist.md): N3, beleidsregels
over a delegated power are the college's (art. 10:16 lid 1 Awb), prepared by its own portfolio
holder in consultation with the GR's chair, who is never the college's portfolio holder; N4, a
GR's staffing is its dagelijks bestuur's; N11, the college lays down who stands in for its
secretaris."""

from __future__ import annotations

from typing import Any

from exports.decisions import decision_points
from exports.nota import build_nota
from exports.risks import risks
from exports.theme_decision import second_route
from mapper import analyse
from models import Case
from models.example import example_case
from models.fileformat import case_from_dict, case_to_dict
from tests.exports.casebook_maps7 import _delegated
from tests.exports.jurist7_maps import map_b, map_d


def _policy_d() -> dict[str, Any]:
    """Map D with its rule a beleidsregel: beleidsregels over the delegated power can then
    carry the request (the statute's own age limit no beleidsregel can, tenth jurist J7)."""
    d = case_to_dict(map_d())
    for rule in d["rules"]:
        rule["rule_type"] = "policy_rule"
    return d


def _chair() -> Case:
    return case_from_dict(_delegated(_policy_d(), chair=True))


def _points(case: Case, lang: str = "nl") -> list[str]:
    return decision_points(case, analyse(case), lang)  # type: ignore[arg-type]


def test_the_gr_s_chair_is_consulted_the_wethouder_prepares_the_beleidsregels() -> None:
    nl, en = _points(_chair()), _points(_chair(), "en")
    [rules] = [p for p in nl if "beleidsregels" in p]
    assert rules.startswith(
        "de wethouder Jeugd te vragen, in overleg met de voorzitter van het dagelijks bestuur "
        "van de Jeugdregio, een voorstel voor te bereiden voor beleidsregels aan het dagelijks "
        "bestuur"
    )
    assert not any(p.startswith("de voorzitter") for p in nl), nl
    [english] = [p for p in en if "policy rules" in p]
    assert english.startswith(
        "to ask the Wethouder Jeugd to prepare, in consultation with the chair of the executive "
        "board of Jeugdregio, a proposal for policy rules"
    )


def test_with_the_wethouder_as_intent_owner_no_one_is_consulted() -> None:
    d: dict[str, Any] = _delegated(_policy_d(), chair=False)
    nl = _points(case_from_dict(d))
    [rules] = [p for p in nl if "beleidsregels" in p]
    assert rules.startswith("de wethouder Jeugd te vragen een voorstel voor te bereiden")
    assert "in overleg" not in rules


def test_the_title_block_names_the_college_s_portfolio_holder_not_the_gr_s_chair() -> None:
    doc = build_nota(_chair(), lang="nl")
    block = {r.cells[0].text: r.cells[1].text for r in doc.tables[0].rows}
    assert block["Portefeuillehouder"] == "Wethouder Jeugd"


def test_without_a_wethouder_on_the_map_the_title_block_has_no_portfolio_holder() -> None:
    d: dict[str, Any] = _delegated(_policy_d(), chair=True)
    d["actors"] = [a for a in d["actors"] if a["id"] != "wethouder"]
    d["relationships"] = [
        r for r in d["relationships"] if "wethouder" not in (r["source"], r["target"])
    ]
    case = case_from_dict(d)
    doc = build_nota(case, lang="nl")
    block = {r.cells[0].text: r.cells[1].text for r in doc.tables[0].rows}
    assert "Portefeuillehouder" not in block
    [rules] = [p for p in _points(case) if "beleidsregels" in p]
    assert rules.startswith("de portefeuillehouder te vragen, in overleg met de voorzitter")


def test_the_college_lays_down_who_stands_in_for_its_secretaris() -> None:
    """N11: the secretaris is not asked to route around himself or to find his own stand-in."""
    case = example_case()
    nl = second_route(case, ["manager_wi", "secretaris"], "consulent", "nl", frozenset())
    assert nl == (
        "vast te leggen wie de gemeentesecretaris bij afwezigheid vervangt (art. 103 lid 2 "
        "Gemeentewet); de "
        "gemeentesecretaris te vragen naast de manager Werk en Inkomen een tweede ambtelijke "
        "route in te richten van de consulent wijkteam (Sanne) naar wie in de casus mag "
        "beslissen, bijvoorbeeld via de teamleider Wijkteam Noord, en vast te leggen wie de "
        "manager bij afwezigheid vervangt"
    )
    en = second_route(case, ["manager_wi", "secretaris"], "consulent", "en", frozenset())
    assert en.startswith(
        "to lay down who stands in for the Gemeentesecretaris when absent (art. 103(2) "
        "Gemeentewet); "
    )
    alone = second_route(case, ["secretaris"], "consulent", "nl", frozenset())
    assert alone == (
        "vast te leggen wie de gemeentesecretaris bij afwezigheid vervangt (art. 103 lid 2 "
        "Gemeentewet)"
    )


def test_consent_is_asked_of_the_gr_s_dagelijks_bestuur() -> None:
    """N12: art. 10:4 lid 1 Awb asks the consent of whoever the holder works under: the GR's
    dagelijks bestuur, not "de Jeugdregio Dijkland"."""
    analysis = analyse(map_d())
    [f] = [f for f in analysis.findings if f.code == "MANDATE_CONSENT_UNKNOWN"]
    assert (
        "instemming nodig van de gemachtigde en van het dagelijks bestuur van de Jeugdregio "
        "(art. 10:12 jo. 10:4 lid 1 Awb)"
    ) in f.detail("nl")
    assert f.suggestion("nl") == (
        "Leg de instemming van de gedragswetenschapper Jeugdregio en van het dagelijks bestuur "
        "van de Jeugdregio vast bij het machtigingsbesluit."
    )
    assert "and of the executive board of Jeugdregio" in f.detail("en")


def test_a_gr_without_its_board_on_the_map_still_consents_by_its_dagelijks_bestuur() -> None:
    # Kredietbank Rivierland is a gemeenschappelijke regeling whose board the example does not
    # draw: its staff still work under the dagelijks bestuur (jurist 12b M4), as in map H
    [f] = [f for f in analyse(example_case()).findings if f.code == "MANDATE_CONSENT_UNKNOWN"]
    assert (
        "instemming nodig van de gemandateerde en van het dagelijks bestuur van Kredietbank "
        "Rivierland (art. 10:4 lid 1 Awb)"
    ) in f.detail("nl")
    assert f.title("nl") == (
        "De instemming van de schuldhulpverlener Kredietbank en van het dagelijks bestuur van "
        "Kredietbank Rivierland met het mandaat is niet vastgelegd"
    )
    assert f.suggestion("nl").startswith(
        "Leg de instemming van de schuldhulpverlener Kredietbank en van het dagelijks bestuur "
        "van Kredietbank Rivierland vast"
    )
    assert "and of the executive board of Kredietbank Rivierland (Awb 10:4(1))" in f.detail("en")


def test_no_organisational_theme_is_listed_as_a_legal_risk() -> None:
    """N12: map B's legal risks cite articles; "Niemand doet triage." is no legal risk."""
    legal = risks(map_b(), analyse(map_b()))[0]
    lines = [t.nl for t in legal.lines]
    assert "Niemand doet triage." not in lines
    assert any("Raamovereenkomst" in line for line in lines)


def test_no_beslispunt_pastes_a_remedy_or_gives_a_wethouder_orders() -> None:
    """N11 and W14 over the example, the three templates and the seventh jurist's maps."""
    from models.templates import template_case

    cases = [example_case(), map_b(), map_d(), _chair()]
    cases += [template_case(k) for k in ("debt_eviction", "wmo", "youth_care")]
    for case in cases:
        for lang, words in (
            ("nl", ("uit te werken:", "opdracht te geven")),
            ("en", ("work this out:", "to commission")),
        ):
            points = _points(case, lang)
            assert not [p for p in points if any(w in p for w in words)], case.info.title

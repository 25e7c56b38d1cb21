"""The nota's beslispunten and annexes say what they do (issue 14, rev-jurist15 on the
2,000-actor nota and the example: J4, J6, J16; rev-user15 G11)."""

from __future__ import annotations

from pathlib import Path

from exports.decisions import decision_points
from exports.nota_scale import _W, MANY, few_mandates
from mapper.analysis import analyse
from mapper.repeats import _DETAIL, _TITLE
from models.fileformat import load
from tests.exports.big_map import mapped as _mapped

EXAMPLE = Path(__file__).parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"


def test_another_college_is_asked_to_amend_its_own_mandate_decision() -> None:
    # J6: the nota to the college B&W 1 said "het mandaatbesluit zo te wijzigen dat de
    # consulent 3.9 …", a sub-mandate in the chain of the college B&W 3
    case, analysis = _mapped(300)
    nl = decision_points(case, analysis, "nl")
    assert any(
        p.startswith(
            "het college B&W 3 te vragen zijn mandaatbesluit zo te wijzigen dat de consulent 3.9 "
        )
        for p in nl
    ), nl
    assert not any(p.startswith("het mandaatbesluit zo te wijzigen") for p in nl), nl
    en = decision_points(case, analysis, "en")
    asked = "to ask the College B&W 3 to amend its mandate decision so that"
    assert any(p.startswith(asked) for p in en), en


def test_annex_a_says_how_its_rows_were_chosen_and_in_what_order() -> None:
    # J4: "Deze bijlage noemt er 200, die met een opmerking eerst" above rows in the map's order
    case, _ = _mapped(1000)
    assert len(case.mandates) > MANY
    ids = [m.id for m in case.mandates]
    few = {i: ["x"] for i in ids[:50]}
    rows, why = few_mandates(case, few, "nl")
    assert [m.id for m in rows] == ids[:MANY]  # the map's order
    assert why == (
        f"De kaart telt {len(ids)} verleningen. Deze bijlage noemt alle 50 met een opmerking en "
        "150 andere, in de volgorde van de kaart; het mandaatregister (exporteren als "
        "mandaatregister) bevat ze allemaal."
    )
    many = {i: ["x"] for i in ids[-300:]}
    rows, why = few_mandates(case, many, "nl")
    assert [m.id for m in rows] == ids[-300:][:MANY]
    assert why.startswith(
        f"De kaart telt {len(ids)} verleningen, waarvan 300 met een opmerking. Deze bijlage "
        "noemt er 200 met een opmerking, in de volgorde van de kaart;"
    )
    _, why = few_mandates(case, many, "en")
    assert "lists 200 of those with a remark, in the map's order" in why
    assert "first" not in why


def test_annex_d_says_how_many_chapter_5_names() -> None:
    # G11: "Hoofdstuk 5 noemt er van elk drie" beside a paragraph that names nine
    assert _TITLE == 3
    assert _DETAIL + 1 == 9
    assert "tot drie in de kop en tot negen in de tekst" in _W["intro"].nl
    assert "up to three of each in its heading and up to nine in its text" in _W["intro"].en


def test_a_treatment_waiting_list_is_no_priority_lane() -> None:
    # J16: "Eerst doen" point 3 and §5 said "spreek met de zorgaanbieder af hoe een urgente
    # casus … voorrang krijgt"; the beslispunt already spoke of the insurer (jur15a)
    analysis = analyse(load(EXAMPLE))
    [cause] = [c for c in analysis.causes if c.id == "power:ggz_behandeling"]
    assert "voorrang" not in cause.suggestion.nl
    assert cause.suggestion.nl.startswith(
        "Maak met GGZ Rivierland en de zorgverzekeraar afspraken over een snelle "
        "urgentiebeoordeling en een escalatieroute, en over bij wie de consulent wijkteam"
    )
    assert "priority" not in cause.suggestion.en
    assert "and the health insurer on a quick assessment of urgency" in cause.suggestion.en


def test_the_expired_mandates_point_names_holders_of_each_kind() -> None:
    # J11: "de 146 verlopen mandaten en ondermandaten, onder meer van de consulent 2.17, de
    # consulent 4.7 en de consulent 4.16" beside 42 mandates a college granted to a director
    case, analysis = _mapped(300)
    [nl] = [p for p in decision_points(case, analysis, "nl") if "onder meer van" in p]
    # ")" since rev-jurist17 R2: the holders named are the other bodies'; the manager 6.0.1
    # since rev-jurist18 K3: the manager 4.1.0's signing authorisation, which a civil servant
    # gave, is a point of its own (tests/exports/test_jurist18d_points.py)
    assert "onder meer van de consulent 2.17, de directeur 2.1 en de manager 6.0.1)" in nl
    [en] = [p for p in decision_points(case, analysis, "en") if "among them those of" in p]
    assert "among them those of the Consulent 2.17, the Directeur 2.1 and the Manager 6.0.1" in en


def test_the_college_amends_its_own_mandate_decision() -> None:
    # J6: the first amendment said "het mandaatbesluit", not whose
    from exports.mandate_amend import own_point

    clause = "dat de consulent rechtstreeks gemandateerd is"
    assert own_point([clause], "", "nl") == (
        "het eigen mandaatbesluit zo te wijzigen dat de consulent rechtstreeks gemandateerd is"
    )
    assert own_point(["so that the consultant holds a direct mandate"], "", "en") == (
        "to amend its own mandate decision so that the consultant holds a direct mandate"
    )

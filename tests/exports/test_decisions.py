"""Beslispunten: every kind of cause gets a decision a college can adopt, named by the
instruments and people on the map, never "the measure of section 5.N" nor an id."""

from __future__ import annotations

import re

import pytest

from exports.decisions import _point, decision_points
from mapper import analyse
from mapper.analysis import Analysis
from models.case import Case
from models.enums import EntityKind
from models.example import example_case
from models.i18n import Lang


@pytest.fixture(scope="module")
def example() -> tuple[Case, Analysis]:
    case = example_case()
    return case, analyse(case)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_cause_of_the_example_gets_a_tailored_decision(
    example: tuple[Case, Analysis], lang: Lang
) -> None:
    case, analysis = example
    points = [_point(case, analysis, c, lang) for c in analysis.causes]
    assert len(points) == len(analysis.causes) > 10
    generic = [p for p in points if re.search(r"paragraaf 5\.|section 5\.", p)]
    assert generic == []
    assert not any(re.search(r"\b[mna]\d+\b", p) for p in points), points
    assert len(set(points)) == len(points)  # two causes never read the same


def test_the_decisions_of_the_example_name_what_the_college_changes(
    example: tuple[Case, Analysis],
) -> None:
    case, analysis = example
    by_id = {c.id: _point(case, analysis, c, "nl") for c in analysis.causes}
    owner = "de wethouder Sociaal Domein opdracht te geven "
    assert by_id["theme:backing"].startswith(owner + "met de ambtelijke leiding af te spreken")
    assert by_id["theme:learning"] == (
        owner + "een periodieke casusreflectie in te richten waarin de beleidsadviseur armoede "
        "en schulden hoort welke regels in casussen als deze knellen"
    )  # one rule owner: "hoort"; the council is not asked to review a case
    assert by_id["person:manager_wi"] == (
        owner + "naast de manager Werk en Inkomen een tweede route in te richten, zodat de "
        "casus niet van één persoon afhangt"
    )
    assert by_id["theme:signals"] == (
        owner + "met Belastingsamenwerking en het deurwaarderskantoor af te spreken bij wie zij "
        "met een signaal terecht kunnen"
    )
    # the college granted these mandates itself: it decides, it does not commission
    assert by_id["mandate:m7"] == (
        "de instemming van de schuldhulpverlener Kredietbank met het mandaat voor bijzondere "
        "bijstand verlenen vast te leggen bij het Mandaatbesluit Rivierstad 2025"
    )
    assert by_id["mandate:m6"] == (
        "in het Mandaatbesluit Rivierstad 2025 vast te leggen dat op bezwaar tegen een besluit "
        "dat de manager Werk en Inkomen zelf in mandaat nam, een ander beslist"
    )
    # policy, never a resident's case, goes to the press (issue 11, roles and privacy)
    assert "individuele casussen blijven daarbuiten" in by_id["theme:political"]


def test_an_expired_mandate_the_college_granted_is_granted_again() -> None:
    case = example_case()
    # the sub-mandate chain fixed: the expired mandate (m5) is what is left of that cause
    case.update(EntityKind.MANDATE, "m1", {"sub_mandate_levels": 3})
    case.update(EntityKind.MANDATE, "m4", {"in_writing": True})
    case.remove(EntityKind.MANDATE, "m8")
    analysis = analyse(case)
    points = [_point(case, analysis, c, "nl") for c in analysis.causes]
    assert (
        "het mandaat voor bijzondere bijstand verlenen aan de manager Werk en Inkomen opnieuw "
        "te verlenen, of het in te trekken als het niet meer nodig is"
    ) in points


def _in_full(points: list[str]) -> list[str]:
    """The points with the wethouder and the consulent named in full everywhere."""
    full = {
        "de wethouder opdracht": "de wethouder Sociaal Domein opdracht",
        "the wethouder to": "the wethouder Sociaal Domein to",
        "de consulent rechtstreeks": "de consulent wijkteam (Sanne) rechtstreeks",
        "the consulent holds": "the consulent wijkteam (Sanne) holds",
    }
    out = []
    for p in points:
        for short, whole in full.items():
            p = p.replace(short, whole)
        out.append(p)
    return out


def test_the_first_three_are_the_first_causes(example: tuple[Case, Analysis]) -> None:
    case, analysis = example
    first = [_point(case, analysis, c, "en") for c in analysis.first()]
    points = decision_points(case, analysis, "en")
    assert _in_full(points[: len(first)]) == first
    # a role in lower case in English too, in full once (jurist L4, L-d)
    assert points[0].startswith("to commission the wethouder Sociaal Domein to ")
    assert all(p.startswith("to commission the wethouder to ") for p in points[1:3])
    assert not any("Wethouder" in p or "Consulent" in p for p in points)


def test_the_college_amends_its_own_mandate_decision(example: tuple[Case, Analysis]) -> None:
    """Jurist, third round M3: the 10:9 defect and the expired mandate only the college can
    repair; that decision is among the beslispunten, built from the map."""
    case, analysis = example
    points = decision_points(case, analysis, "nl")
    assert _in_full(points[: len(analysis.first())]) == [
        _point(case, analysis, c, "nl") for c in analysis.first()
    ]
    # no earlier point names the consulent (the third is the breakthrough agreement's, W3)
    assert points[-1] == (
        "het Mandaatbesluit Rivierstad 2025 zo te wijzigen dat de consulent wijkteam (Sanne) "
        "rechtstreeks en schriftelijk gemandateerd is om bijzondere bijstand te verlenen, tot "
        "€ 1.000 per besluit, en daarin het mandaat van de manager Werk en Inkomen voor "
        "bijzondere bijstand in maatwerkcasussen, dat op 30 juni 2026 verliep, opnieuw te "
        "verlenen"
    )
    # from the map, not hard-coded: another decision and amount show up in the point
    other = example_case()
    other.update(EntityKind.MANDATE, "m1", {"legal_basis": "Mandaatbesluit Rivierstad 2026"})
    other.update(EntityKind.MANDATE, "m4", {"budget": 1500.0})
    other.remove(EntityKind.MANDATE, "m5")
    last = decision_points(other, analyse(other), "nl")[-1]
    assert _in_full([last])[0] == (
        "het Mandaatbesluit Rivierstad 2026 zo te wijzigen dat de consulent wijkteam (Sanne) "
        "rechtstreeks en schriftelijk gemandateerd is om bijzondere bijstand te verlenen, tot "
        "€ 1.500 per besluit"
    )


def test_no_mandate_point_when_the_college_s_mandates_are_sound() -> None:
    case = example_case()
    case.update(EntityKind.MANDATE, "m1", {"sub_mandate_levels": 3})
    case.update(EntityKind.MANDATE, "m4", {"in_writing": True})
    case.remove(EntityKind.MANDATE, "m5")
    analysis = analyse(case)
    points = decision_points(case, analysis, "nl")
    assert not any("zo te wijzigen" in p or "opnieuw te verlenen" in p for p in points)
    assert _in_full(points) == [_point(case, analysis, c, "nl") for c in analysis.first()]

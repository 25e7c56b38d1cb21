"""Beslispunten: every kind of cause gets a decision a college can adopt, named by the
instruments and people on the map, never "the measure of section 5.N" nor an id."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from exports.agreement_decision import deal_causes, renew_point
from exports.decisions import _point, decision_points
from mapper import analyse
from mapper.analysis import Analysis
from models.case import Case
from models.enums import EntityKind
from models.example import example_case
from models.i18n import Lang
from models.templates import template_case


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
    # two causes never read the same, but those of one agreement share its point (N5)
    deals = deal_causes(case, analysis)
    by_deal = {
        deals[c.id][0].id if c.id in deals else c.id: p
        for c, p in zip(analysis.causes, points, strict=True)
    }
    assert len(set(points)) == len(by_deal)


def test_the_decisions_of_the_example_name_what_the_college_changes(
    example: tuple[Case, Analysis],
) -> None:
    case, analysis = example
    by_id = {c.id: _point(case, analysis, c, "nl") for c in analysis.causes}
    # the civil service's own working goes to the secretaris, not the wethouder (J11)
    assert by_id["theme:backing"].startswith(
        "de gemeentesecretaris te vragen af te spreken dat de consulent wijkteam (Sanne) vooraf "
        "rugdekking krijgt"
    )
    assert by_id["theme:learning"] == (  # the civil service's own working (J11, N4)
        "de gemeentesecretaris te vragen een periodieke casusreflectie in te richten waarin de "
        "beleidsadviseur armoede en schulden en het college van B&W horen welke regels in "
        "casussen als deze knellen"
    )  # the college sets the beleidsregels (W9, art. 4:81 Awb): "horen"; the council is not
    # asked to review a case
    # the manager the case hangs on is the one the consulent distrusts: one cause with the
    # backing since issue 11's joins (the route beside a manager: the youth template below)
    assert "person:manager_wi" not in by_id
    assert by_id["theme:signals"] == (
        # the civil service's working, not the portfolio holder's (tenth jurist J6)
        "de gemeentesecretaris te vragen vast te leggen bij wie de invorderingsambtenaar van "
        "de Belastingsamenwerking en het deurwaarderskantoor met een signaal terechtkunnen"
    )
    # the college granted these mandates itself: it decides, it does not commission
    assert by_id["mandate:m7"] == (
        "de instemming van de schuldhulpverlener Kredietbank met het mandaat voor ‘Bijzondere "
        "bijstand verlenen’ vast te leggen bij het Mandaatbesluit Rivierstad 2025"
    )
    assert "mandate:m6" not in by_id  # the same Mandaatbesluit: one cause with m7 (issue 11)
    # policy, never a resident's case, goes to the press (issue 11, roles and privacy)
    assert "individuele casussen blijven daarbuiten" in by_id["theme:political"]


def test_a_second_route_beside_the_manager_the_case_hangs_on() -> None:
    case = template_case("youth_care")
    analysis = analyse(case)
    cause = analysis.cause("person:manager")
    assert cause is not None
    assert _point(case, analysis, cause, "nl") == (
        "de gemeentesecretaris te vragen naast de manager Jeugd en Onderwijs een tweede "
        "ambtelijke route in te richten van de jeugdconsulent naar wie in de casus mag "
        "beslissen, bijvoorbeeld via de teamleider Jeugdteam, en vast te leggen wie de manager "
        "bij afwezigheid vervangt"
    )


def test_an_expired_mandate_the_college_granted_is_granted_again() -> None:
    case = example_case()
    # the sub-mandate chain fixed: the expired mandate (m5) is what is left of that cause
    case.update(EntityKind.MANDATE, "m1", {"sub_mandate_levels": 3})
    case.update(EntityKind.MANDATE, "m4", {"in_writing": True})
    case.remove(EntityKind.MANDATE, "m8")
    analysis = analyse(case)
    points = [_point(case, analysis, c, "nl") for c in analysis.causes]
    assert (
        "het mandaat voor ‘Bijzondere bijstand verlenen’ aan de manager Werk en Inkomen opnieuw "
        "te verlenen, of het in te trekken als het niet meer nodig is"
    ) in points


def _in_full(points: list[str]) -> list[str]:
    """The points with the wethouder and the consulent named in full everywhere."""
    full = {
        "de wethouder opdracht": "de wethouder Sociaal Domein opdracht",
        "de wethouder te vragen": "de wethouder Sociaal Domein te vragen",
        "the alderman to": "the Wethouder Sociaal Domein to",
        "de consulent rechtstreeks": "de consulent wijkteam (Sanne) rechtstreeks",
        "the consultant holds": "the Consulent wijkteam (Sanne) holds",
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
    assert _in_full(points[:2]) == first[:2]
    # the third step is the consulent's sub-mandate (a critical legal defect in use ranks
    # above the Doorbraakafspraak's warning, J6): in its place the college amends its own
    # Mandaatbesluit (M3), followed by who decides the needs it leaves out now (rev-jurist16
    # N5), and that is the last point
    assert len(points) == 4
    assert points[2].startswith("to amend the Mandaatbesluit Rivierstad 2025 so that ")
    assert points[3].startswith("to ask the Gemeentesecretaris to see to it that in this case")
    # in English a role as on the map, in full once, then its English role alone (jurist L4,
    # L-d; new user, seventh round, 7)
    assert points[0].startswith("to agree to renewing the ‘Convenant ")
    assert "to ask the Wethouder Sociaal Domein to work this out" in points[0]
    # each point names whom it asks in full: a besluitenlijst quotes it alone (jurist 12b LANG-2)
    assert points[1].startswith("to ask the Wethouder Sociaal Domein to ")
    # the college asks its wethouder, it does not give him orders (jurist, eighth round W14)
    assert not any("commission" in p for p in points)
    assert not any("wethouder" in p or "consulent" in p for p in points)


def test_the_college_amends_its_own_mandate_decision(example: tuple[Case, Analysis]) -> None:
    """Jurist, third round M3: the 10:9 defect and the expired mandate only the college can
    repair; that decision is among the beslispunten, built from the map."""
    case, analysis = example
    points = decision_points(case, analysis, "nl")
    assert _in_full(points[:2]) == [_point(case, analysis, c, "nl") for c in analysis.first()[:2]]
    # no earlier point names the consulent; the point stands in the place of its cause, the
    # third step since a critical legal defect in use outranks a warning (J6); who decides the
    # two needs it leaves out follows it (rev-jurist16 N5)
    assert len(points) == 4
    assert points[2] == (
        "het Mandaatbesluit Rivierstad 2025 zo te wijzigen dat de consulent wijkteam (Sanne) "
        "rechtstreeks en schriftelijk gemandateerd is om bijzondere bijstand te verlenen, tot "
        "€ 1.000 per besluit, en daarin het mandaat van de manager Werk en Inkomen voor "
        "bijzondere bijstand in maatwerkcasussen, dat op 30 juni 2026 verliep, opnieuw te "
        "verlenen, en de besluiten die de manager sinds 1 juli 2026 op het verlopen mandaat nam, "
        "te laten inventariseren en de besluiten die geen geldig (onder)mandaat dekte, ter "
        "bekrachtiging aan het college voor te leggen"
    )
    # from the map, not hard-coded: another decision and amount show up in the point
    other = example_case()
    other.update(EntityKind.MANDATE, "m1", {"legal_basis": "Mandaatbesluit Rivierstad 2026"})
    other.update(EntityKind.MANDATE, "m4", {"budget": 1500.0})
    other.remove(EntityKind.MANDATE, "m5")
    last = next(
        p for p in decision_points(other, analyse(other), "nl") if p.startswith("het Mandaat")
    )
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


def test_one_point_for_the_whole_doorbraakafspraak(example: tuple[Case, Analysis]) -> None:
    """Jurist, fourth round N5: the beslispunt fixed the consent and left the moratorium the
    same agreement gives the manager; and the college cannot amend an agreement, it agrees to
    an amendment (art. 160 lid 1 onder e Gemeentewet)."""
    case, analysis = example
    agreement = analysis.cause("agreement:g2")  # one agreement, one cause (issue 11)
    assert agreement is not None
    point = _point(case, analysis, agreement, "nl")
    assert point.startswith("in te stemmen met een wijziging van de ‘Doorbraakafspraak ")
    assert "zelf over ‘Instemmen met een akkoord in de schuldregeling" in point
    assert "‘Moratorium aanvragen bij de rechtbank’ bij het college van B&W blijft" in point
    # a request to the court is passed on by machtiging, not mandate (jurist J6)
    assert "(gemachtigd: de teamleider Wijkteam Noord, art. 10:12 Awb)" in point
    assert "in mandaat" not in point
    assert "vastligt bij wie de consulent kan escaleren" in point
    assert point.endswith("te vragen dit met de partners uit te werken")
    # one point among the beslispunten, where the agreement is among the first three: on
    # the example with a Mandaatbesluit that allows the consulent's sub-mandate (J6 puts that
    # critical defect third otherwise, and the agreement fourth, without a beslispunt)
    sound = example_case()
    sound.update(EntityKind.MANDATE, "m1", {"sub_mandate_levels": 3})
    sound_analysis = analyse(sound)
    assert sound_analysis.summary.first[2] == "agreement:g2"
    points = decision_points(sound, sound_analysis, "nl")
    assert sum("Doorbraakafspraak" in p for p in points) == 1


def test_the_agreement_point_follows_the_map() -> None:
    """Without the teamleider's mandate for the moratorium, nobody is named as its holder;
    without the consent finding, only the moratorium stays in the point."""
    case = example_case()
    case.remove(EntityKind.MANDATE, "m11")
    analysis = analyse(case)
    cause = analysis.cause("agreement:g2")
    assert cause is not None
    point = _point(case, analysis, cause, "nl")
    assert "‘Moratorium aanvragen bij de rechtbank’ bij het college van B&W blijft," in point
    assert "in mandaat" not in point
    case.update(EntityKind.AGREEMENT, "g2", {"covers": ("moratorium",)})
    analysis = analyse(case)
    cause = analysis.cause("power:moratorium")
    assert cause is not None
    point = _point(case, analysis, cause, "en")
    assert point.startswith("to agree to an amendment of the ‘Doorbraakafspraak ")
    assert "instemmen" not in point
    assert "and it is recorded to whom the consultant can escalate" in point


def test_a_covenant_still_in_force_is_extended() -> None:
    """An agreement that has not ended is extended, not entered into again (N5)."""
    case = example_case()
    deal = case.agreements.get("g1")
    assert deal is not None
    running_deal = replace(deal, valid_until=date(2026, 10, 31))
    point = renew_point(
        case, running_deal, "Woningcorporatie Thuisplus", date(2026, 11, 5), "de wethouder", "nl"
    )
    assert point == (
        "in te stemmen met een verlenging van het ‘Convenant voorkomen huisuitzettingen "
        "Rivierstad 2024’ met Woningcorporatie Thuisplus, zodat het op 5 november 2026 nog geldt; "
        "de wethouder te vragen dit met Woningcorporatie Thuisplus uit te werken"
    )
    ended = renew_point(case, deal, "Woningcorporatie Thuisplus", None, "the wethouder", "en")
    assert ended == (
        "to agree to renewing the ‘Convenant voorkomen huisuitzettingen Rivierstad 2024’, which "
        "expired on 31 December 2025, with Woningcorporatie Thuisplus; to ask the wethouder to "
        "work this out with Woningcorporatie Thuisplus"
    )


def test_a_person_the_case_hangs_on_gets_a_second_route_of_its_own() -> None:
    """Issue 11: the youth template's third beslispunt was generic ("een tweede ambtelijke
    route …, zodat de casus niet van één persoon afhangt"). It now names the case's handler,
    the handler's own superior as the way round, and a deputy; and never sends the route via
    another person the case hangs on (the Wmo template's teamleider)."""
    from models.templates import template_case

    youth = template_case("youth_care")
    points = decision_points(youth, analyse(youth), "nl")
    # its place follows the template's deadline, which stands ahead of today since J12
    assert points[1] == (
        "de gemeentesecretaris te vragen naast de manager Jeugd en Onderwijs een tweede "
        "ambtelijke route in te richten van de jeugdconsulent naar wie in de casus mag "
        "beslissen, bijvoorbeeld via de teamleider Jeugdteam, en vast te leggen wie de manager "
        "bij afwezigheid vervangt"
    )
    assert decision_points(youth, analyse(youth), "en")[1] == (
        "to ask the municipal secretary to set up a second route in the civil service beside the "
        "Manager Jeugd en Onderwijs, from the Jeugdconsulent to whoever may decide in the case, "
        "for instance through the Teamleider Jeugdteam, and to record who stands in for the "
        "manager when absent"
    )
    wmo = template_case("wmo")
    routes = [p for p in decision_points(wmo, analyse(wmo), "nl") if "tweede ambtelijke" in p]
    # the manager and the Teamleider Wmo both carry the case: one point names both (W14)
    assert len(routes) == 1
    assert "naast de manager Zorg en Welzijn en de teamleider Wmo" in routes[0]
    assert not any("via de teamleider Wmo" in p for p in routes)

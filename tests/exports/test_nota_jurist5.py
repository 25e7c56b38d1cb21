"""The fifth jurist's points on the nota's beslispunten (reviews5/jurist.md): J1, an expired
sub-mandate is renewed by whoever granted it, not in the college's Mandaatbesluit, and the
decisions taken since it lapsed are ratified."""

from __future__ import annotations

from datetime import date

from exports.decisions import _point, decision_points
from mapper import analyse
from models.entities import Organisation
from models.enums import EntityKind, OrganisationKind
from models.example import example_case


def test_an_expired_sub_mandate_is_renewed_by_its_grantor_and_decisions_ratified() -> None:
    """J1: the secretaris granted the expired mandate; the college's Mandaatbesluit is not
    where it is renewed."""
    case = example_case()
    case.update(EntityKind.MANDATE, "m5", {"grantor": "secretaris"})
    nl = decision_points(case, analyse(case), "nl")
    en = decision_points(case, analyse(case), "en")
    # the college ratifies what the holder took on that chain, in the same point (ninth round
    # F2, F9; eighth round N1)
    # each decision put to the college, whose clause comes first (jurist 15, J2)
    assert (
        "de besluiten die de manager Werk en Inkomen sinds 1 juli 2026 op het verlopen "
        "ondermandaat nam, te laten inventariseren en de besluiten die geen geldig mandaat "
        "dekte, ter bekrachtiging aan het college van B&W voor te leggen, en de "
        "gemeentesecretaris te vragen het ondermandaat aan de manager voor bijzondere bijstand, "
        "dat op 30 juni 2026 verliep, opnieuw te verlenen"
    ) in nl
    assert not any("zelf de besluiten" in p for p in nl), nl
    # a lapsed mandate cannot be extended (jurist, sixth round J1)
    assert not any("te verlengen" in p for p in nl), nl
    assert any(
        p.startswith(
            "to have the decisions the Manager Werk en Inkomen took under the expired "
            "sub-mandate since 1 July 2026 listed and those no valid mandate covered put to the "
            "municipal executive (College van B&W) for ratification, and to ask the "
            "Gemeentesecretaris to grant the sub-mandate to the manager"
        )
        for p in en
    ), en
    # the college's own 10:9 amendment stays in its Mandaatbesluit, without a renewal
    own = [p for p in nl if p.startswith("het Mandaatbesluit Rivierstad 2025 zo te wijzigen")]
    assert len(own) == 1
    assert "bekrachtigen" not in own[0]


def test_a_college_mandate_that_expired_is_renewed_in_its_decision_and_ratified() -> None:
    """J1, the other way: the college granted it, so it is renewed in the Mandaatbesluit, and
    the decisions taken since it lapsed are ratified (the day after it ended)."""
    case = example_case()
    case.update(EntityKind.MANDATE, "m5", {"valid_until": date(2026, 7, 31)})
    nl = decision_points(case, analyse(case), "nl")
    own = [p for p in nl if "opnieuw te verlenen" in p]
    assert len(own) == 1
    assert own[0].startswith("het Mandaatbesluit Rivierstad 2025 zo te wijzigen")
    assert own[0].endswith(
        "dat op 31 juli 2026 verliep, opnieuw te verlenen, en de besluiten die de manager sinds "
        "1 augustus 2026 op het verlopen mandaat nam, te laten inventariseren en de besluiten die "
        "geen geldig (onder)mandaat dekte, ter bekrachtiging aan het college voor te leggen"
    )
    assert not any("te vragen het ondermandaat" in p for p in nl)


def test_the_civil_service_s_own_working_goes_to_the_secretaris() -> None:
    """J11/J23: the college is the employer and the secretaris leads the civil service; no
    beslispunt gives the wethouder the internal organisation or points to a paragraph."""
    case = example_case()
    # without the consulent's distrust of the manager, the manager the case hangs on is a
    # cause of its own (with it, one cause with the backing: issue 11's joins)
    case.remove(EntityKind.RELATIONSHIP, "r26")
    analysis = analyse(case)
    nl = [_point(case, analysis, c, "nl") for c in analysis.causes]
    assert (
        "de gemeentesecretaris te vragen naast de manager Werk en Inkomen een tweede ambtelijke "
        "route in te richten van de consulent wijkteam (Sanne) naar wie in de casus mag "
        "beslissen, bijvoorbeeld via de teamleider Wijkteam Noord, en vast te leggen wie de "
        "manager bij afwezigheid vervangt"
    ) in nl
    assert not any("tweede route in te richten" in p and "wethouder" in p for p in nl)
    assert not any("paragraaf 5." in p for p in nl)


def test_a_gr_s_staff_is_raised_with_the_gr_s_dagelijks_bestuur() -> None:
    """J23, the other way: the manager works for a gemeenschappelijke regeling."""
    case = example_case()
    case.add(
        EntityKind.ORGANISATION,
        Organisation("gr", "Werkbedrijf Dijkland", OrganisationKind.JOINT_ARRANGEMENT),
    )
    case.update(EntityKind.ACTOR, "manager_wi", {"organisation": "gr"})
    case.remove(EntityKind.RELATIONSHIP, "r26")  # the manager a cause of its own (see above)
    analysis = analyse(case)
    nl = [_point(case, analysis, c, "nl") for c in analysis.causes]
    assert (
        "het dagelijks bestuur van het Werkbedrijf Dijkland te vragen te voorkomen dat de casus "
        "van één persoon (de manager Werk en Inkomen) afhangt, bijvoorbeeld met een tweede route "
        "of een vervanger"
    ) in nl  # the GR's staffing is its dagelijks bestuur's (jurist, eighth round N4)
    assert not any("naast de manager Werk en Inkomen" in p for p in nl)

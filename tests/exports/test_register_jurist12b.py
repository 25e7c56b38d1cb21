"""The confirming jurist of the twelfth round (12b). M2: a sub-mandate that rests on a mandate
whose consent is not recorded read "geldig" in the register, while "ongeldig" was already
carried down a chain; it is "gebrekkig" now, and says on which mandate it rests. M5: map K's
beslispunt on the excluded mandate."""

from __future__ import annotations

from exports.decisions import _point
from exports.register_rule import mandate_rule_shown
from exports.register_status import mandate_statuses
from mapper.analysis import analyse
from tests.exports.jurist12_maps import map_j, map_k


def test_a_sub_mandate_under_a_mandate_without_recorded_consent_is_flawed() -> None:
    case = map_k()
    assert case.info.as_of is not None
    nl = mandate_statuses(case, case.info.as_of, "nl")
    en = mandate_statuses(case, case.info.as_of, "en")
    assert nl["k1"] == "gebrekkig: instemming niet vastgelegd (art. 10:4 lid 1 Awb)"
    assert nl["k2"] == (
        "gebrekkig: berust op het mandaat aan de teamleider Openbare Orde en Veiligheid, "
        "waarvoor de instemming niet is vastgelegd (art. 10:4 lid 1 Awb)"
    )
    assert en["k2"] == (
        "flawed: rests on the mandate to the Teamleider Openbare Orde en Veiligheid, "
        "for which consent is not recorded (Awb 10:4(1))"
    )
    # the void and expired ones stay as they were
    assert nl["k5"] == "ongeldig: de bevoegdheid mag niet worden gemandateerd (art. 10:3 lid 1 Awb)"
    assert nl["k6"] == "verlopen (gold tot en met 30 juni 2026)"


def test_a_chain_under_a_valid_mandate_stays_as_it_was() -> None:
    case = map_j()
    assert case.info.as_of is not None
    nl = mandate_statuses(case, case.info.as_of, "nl")
    assert nl["m1"].startswith("geldig: de instemming van de gemandateerde")
    assert nl["m3"] == "ongeldig: de mandaatgever heeft de bevoegdheid zelf niet geldig"
    assert not any("berust op" in text for text in nl.values())


def test_k_both_excluded_mandates_are_withdrawn_and_both_holders_decisions_ratified() -> None:
    """M5: mandate is excluded for the power, so no other mandate covered the decisions, and
    the consulent's decisions on the equally void sub-mandate are listed and ratified too."""
    case = map_k()
    a = analyse(case)
    [cause] = [c for c in a.causes if any(f.code == "MANDATE_EXCLUDED" for f in a.findings_of(c))]
    nl = _point(case, a, cause, "nl")
    assert nl is not None
    assert nl.startswith(
        "de mandaten voor ‘Tegemoetkoming meerkosten toekennen’ aan de teamleider Inkomen en de "
        "consulent Inkomen in te trekken, omdat mandaat voor deze bevoegdheid is uitgesloten "
        "(art. 10:3 lid 1 Awb), zodat het college van B&W deze besluiten zelf neemt en de "
        "teamleider Inkomen en de consulent Inkomen ze voorbereiden, en de besluiten die zij "
        "erop namen, te laten inventariseren en ter bekrachtiging voor te leggen"
    ), nl
    assert "geen ander geldig mandaat" not in nl


def test_an_excluded_mandate_rule_cites_the_rule_that_excludes_it() -> None:
    """LANG-5: K register 3 read "Mandaat uitgesloten" without any article."""
    power = map_k().powers.get("mkt")
    assert power is not None
    assert mandate_rule_shown(power, "nl") == (
        "Mandaat uitgesloten (art. 6 Verordening meedoen Heuvelrode 2024; art. 10:3 lid 1 Awb)"
    )
    assert mandate_rule_shown(power, "en") == (
        "Mandate excluded (Verordening meedoen Heuvelrode 2024 art. 6; Awb 10:3(1))"
    )

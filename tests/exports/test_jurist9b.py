"""The ninth jurist's points F4–F11 (reviews8/rev-jurist9.md) on the analysis, the nota's
beslispunten and the casebook."""

from __future__ import annotations

from exports.decisions import decision_points
from mapper import analyse
from mapper.findings import Severity
from models import Case
from models.example import example_case
from models.fileformat import case_from_dict
from tests.exports.jurist7_maps import map_d
from tests.exports.jurist8_map_e import map_e_dict
from tests.exports.jurist9_map_f import map_f


def _points(case: Case, lang: str = "nl") -> list[str]:
    return decision_points(case, analyse(case), lang)  # type: ignore[arg-type]


def test_f4_a_delegation_to_a_subordinate_is_withdrawn_and_mandated() -> None:
    case = map_f()
    nl, en = _points(case), _points(case, "en")
    assert (
        "het Delegatiebesluit 2025 in te trekken voor zover het ‘Afwijken van de Verordening Wmo "
        "(hardheidsclausule)’ aan de manager Wmo delegeert (art. 10:14 Awb), die bevoegdheid aan "
        "de manager in mandaat te verlenen (art. 10:3 Awb), en de besluiten die de manager op de "
        "delegatie nam, te laten inventariseren en de besluiten die geen geldig mandaat dekte, ter "
        "bekrachtiging voor te leggen"
    ) in nl, nl
    assert not any("te verhelpen" in p for p in nl), nl
    assert any(
        p.startswith("to withdraw the Delegatiebesluit 2025 in so far as it delegates")
        and "(Awb 10:14)" in p
        and "(Awb 10:3)" in p
        for p in en
    ), en
    cause = next(c for c in analyse(case).causes if c.id == "power:hard")
    assert cause.suggestion.nl.startswith("Zet de delegatie om in mandaat: mandateer de ")
    assert cause.suggestion.en.startswith("Turn the delegation into a mandate: mandate ")


def test_f7_map_d_s_rule_leaves_no_room_and_the_remedy_looks_at_the_statute() -> None:
    case = map_d()
    [rule] = list(case.rules)
    assert "voortgezet tot 23 jaar" in rule.name  # art. 1.1 Jeugdwet: 18–23 is within the law
    f = next(
        f for f in analyse(case).findings if "Neem het besluit binnen de wet" in f.suggestion.nl
    )
    assert "Ga na of de wet zelf ruimte laat (begripsomschrijving of hardheidsclausule)" in (
        f.suggestion.nl
    )
    assert "(its definitions or a hardship clause)" in f.suggestion.en


def test_f11_the_policy_rule_s_deviation_names_its_ground() -> None:
    [f] = [f for f in analyse(example_case()).findings if f.code == "RULE_LOOP_OPEN"]
    assert (
        "Dat mag en moet waar het volgen van de beleidsregel wegens bijzondere omstandigheden "
        "onevenredig uitpakt (art. 4:84 Awb)"
    ) in f.detail.nl
    assert "disproportionate because of special circumstances (Awb 4:84)" in f.detail.en


def test_f6_a_mandate_to_the_provider_s_own_staff_is_critical_and_withdrawn() -> None:
    case = case_from_dict(map_e_dict())
    analysis = analyse(case)
    [f] = [f for f in analysis.findings if f.code == "MANDATE_CONSENT_UNKNOWN"]
    assert f.severity is Severity.CRITICAL
    nl, en = _points(case), _points(case, "en")
    assert any(
        p.startswith(
            "het mandaat voor ‘Maatwerkvoorziening Wmo toekennen’ aan de wijkverpleegkundige"
        )
        and p.endswith("Zorggroep Anker adviseert over de omvang (art. 2:4 Awb)")
        for p in nl
    ), nl
    assert any(p.startswith("to withdraw the mandate") and "(Awb 2:4)" in p for p in en), en

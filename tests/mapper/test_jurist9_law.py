"""The eighth jurist's N9 (docs/reviews/2026-12-03-seventh-round.md): a mandate to a care
provider's staff to decide on support the provider delivers conflicts with art. 2:4 Awb, and
consent does not cure it; the remedy is that the college decides and the provider advises."""

from __future__ import annotations

from typing import Any

from exports.decisions import _point
from mapper import analyse
from models.fileformat import case_from_dict
from tests.exports.jurist7_maps import map_d
from tests.exports.jurist8_map_e import map_e, map_e_dict


def _consent(case: Any) -> Any:
    [f] = [f for f in analyse(case).findings if f.code.startswith("MANDATE_CONSENT")]
    return f


def test_n9_a_provider_s_mandate_names_its_own_financial_interest() -> None:
    f = _consent(map_e())
    assert f.detail.nl.endswith(
        "Mandaat aan de wijkverpleegkundige is hier, met of zonder instemming, geen oplossing: "
        "Zorggroep Anker levert de ondersteuning zelf en heeft een eigen, financieel belang bij "
        "de omvang ervan (art. 2:4 Awb)."
    )
    assert "(Awb 2:4)." in f.detail.en
    assert f.suggestion.nl == (  # withdraw first, as MANDATE_PROVIDER_INTEREST says (J4)
        "Trek het mandaat in en laat het college van B&W zelf beslissen (in mandaat: een eigen "
        "ambtenaar); Zorggroep Anker adviseert over de omvang."
    )  # not "een eigen medewerker": the pseudonym "de medewerker" is the provider's (J4)
    # the headline is the conflict, not the consent that cures nothing (tenth jurist J4)
    assert f.title.nl == (
        "Het mandaat aan de wijkverpleegkundige Zorggroep Anker botst met het eigen belang van "
        "Zorggroep Anker"
    )
    assert "instemming" not in f.suggestion.nl  # the remedy no longer cures the mandate


def test_n9_the_beslispunt_withdraws_the_mandate() -> None:
    case = map_e()
    analysis = analyse(case)
    [cause] = [
        c
        for c in analysis.causes
        if any(f.code.startswith("MANDATE_CONSENT") for f in analysis.findings_of(c))
    ]
    nl = _point(case, analysis, cause, "nl")
    assert nl == (
        "het mandaat voor ‘Maatwerkvoorziening Wmo toekennen’ aan de wijkverpleegkundige "
        "Zorggroep Anker in te trekken; de besluiten daarover neemt dan een ambtenaar van de "
        "gemeente in mandaat, en Zorggroep Anker adviseert over de omvang (art. 2:4 Awb)"
    )
    assert "(Awb 2:4)" in _point(case, analysis, cause, "en")


def test_n9_a_partner_that_is_no_provider_keeps_the_consent_remedy() -> None:
    d = map_e_dict()
    d["organisations"][1]["kind"] = "partner"
    f = _consent(case_from_dict(d))
    assert "2:4" not in f.detail.nl
    assert f.suggestion.nl.startswith("Leg de instemming van de wijkverpleegkundige")
    # and a machtiging to a GR's behavioural scientist keeps its own wording
    g = _consent(map_d())
    assert g.suggestion.nl == (
        "Leg de instemming van de gedragswetenschapper Jeugdregio en van het dagelijks bestuur "
        "van de Jeugdregio vast bij het machtigingsbesluit."
    )


def test_w9_only_an_adviser_on_the_map_prepares_the_rules() -> None:
    from models.example import example_case

    [d] = [f for f in analyse(map_d()).findings if f.code == "LEARNING_NO_FEEDBACK_PATH"]
    assert "adviseur" not in d.detail.nl
    assert "adviser" not in d.detail.en
    assert d.detail.nl.endswith(
        "het dagelijks bestuur de beleidsregels voor de bevoegdheid die het na delegatie heeft "
        "(art. 4:81 Awb). De volgende casus loopt tegen dezelfde regel aan."
    )
    [ex] = [f for f in analyse(example_case()).findings if f.code == "LEARNING_NO_FEEDBACK_PATH"]
    assert "het college de beleidsregels (art. 4:81 Awb), de beleidsadviseur" in ex.detail.nl
    assert "bereidt ze voor." in ex.detail.nl

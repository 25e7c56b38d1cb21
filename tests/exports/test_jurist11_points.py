"""The tenth jurist's open findings on the nota's beslispunten and the register (session 11,
issue 10): known answers on her map G, map D and the example."""

from __future__ import annotations

from pathlib import Path

import docx

from exports.decisions import _point, decision_points
from exports.register_rule import mandate_rule_label, mandate_rule_shown
from exports.register_write import write_register_docx
from mapper import analyse
from models.example import example_case
from models.fileformat import load
from tests.exports.jurist7_maps import map_d

_MAP_G = Path(__file__).parent / "data" / "jurist10_map_g.kvmap"


def test_j3_every_mandate_to_the_provider_s_staff_is_withdrawn() -> None:
    """The casemanager (consent recorded) and the coördinator ("works under the grantor")
    both decide on Thuiszorg Delta's own support: one beslispunt withdraws both."""
    case = load(_MAP_G)
    points = decision_points(case, analyse(case), "nl")
    assert points[0] == (
        "de mandaten voor ‘Maatwerkvoorziening Wmo toekennen’ aan de casemanager Thuiszorg "
        "Delta en de coördinator Thuiszorg Delta in te trekken; de besluiten daarover neemt dan "
        "een ambtenaar van de gemeente in mandaat, en Stichting Thuiszorg Delta adviseert over "
        "de omvang (art. 2:4 Awb)"
    )
    en = decision_points(case, analyse(case), "en")[0]
    assert en.startswith("to withdraw the mandates for ‘Maatwerkvoorziening Wmo toekennen’ to ")
    assert "Coördinator" in en
    assert en.endswith("(Awb 2:4)")


def test_j6_the_case_review_is_the_secretaris_s_with_the_rule_owners() -> None:
    """The consulent is the municipality's own: not the GR's algemeen bestuur but the
    gemeentesecretaris sets the review up, where the college and the GR's dagelijks bestuur
    (the rule owners) hear what pinches."""
    case = load(_MAP_G)
    analysis = analyse(case)
    [cause] = [c for c in analysis.causes if c.id == "theme:learning"]
    assert _point(case, analysis, cause, "nl") == (
        "de gemeentesecretaris te vragen een periodieke casusreflectie in te richten waarin het "
        "college van B&W en het dagelijks bestuur van het Werkbedrijf horen welke regels in "
        "casussen als deze knellen"
    )


def test_j7_no_policy_rule_for_what_the_statute_leaves_out() -> None:
    case = map_d()
    points = decision_points(case, analyse(case), "nl")
    assert not any("beleidsregels" in p for p in points)
    assert points[0] == (
        "vast te stellen dat de wettelijke regel ‘Jeugdhulp alleen voor jeugdigen: tot 18 jaar, "
        "voortgezet tot 23 jaar (art. 1.1 Jeugdwet)’ geen ruimte laat voor de aanvraag "
        "‘Voortgezette jeugdhulp na 23 jaar’, zodat ook een beleidsregel of mandaat die ruimte "
        "niet kan geven, en de wethouder Jeugd te vragen na te gaan of de ondersteuning langs "
        "een andere wettelijke weg kan lopen, zoals de Wmo 2015"
    )
    en = decision_points(case, analyse(case), "en")[0]
    assert en.startswith("to establish that the statutory rule ‘Jeugdhulp alleen")
    assert en.endswith("another statutory route, such as the Wmo 2015")


def test_j2_the_raad_s_verordening_is_not_mandated_in_the_register(tmp_path: Path) -> None:
    case = load(_MAP_G)
    verord = case.powers.get("verord")
    assert verord is not None
    assert mandate_rule_shown(verord, "nl") == "Mandaat uitgesloten (art. 10:3 lid 2 onder a Awb)"
    assert mandate_rule_shown(verord, "en") == "Mandate excluded (Awb 10:3(2)(a))"
    assert mandate_rule_label(verord, "nl") == "Mandaat toegestaan"  # the workbook reads back
    huur = case.powers.get("huur")
    assert huur is not None
    assert mandate_rule_shown(huur, "nl") == "Volmacht toegestaan"
    out = tmp_path / "r.docx"
    write_register_docx(case, out, "nl")
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "Mandaat uitgesloten (art. 10:3 lid 2 onder a Awb)" in cells


def test_power_names_in_beslispunten_are_quoted_as_written() -> None:
    """A power's name in a beslispunt keeps its capital between quotes (3a82fd0's rule):
    "het mandaat voor ‘Bijzondere bijstand verlenen’", never "voor bijzondere bijstand
    verlenen"; and the delegated power in map D's beleidsregels point."""
    case = example_case()
    analysis = analyse(case)
    [cause] = [
        c
        for c in analysis.causes
        if any(f.code.startswith("MANDATE_CONSENT") for f in analysis.findings_of(c))
    ]
    assert _point(case, analysis, cause, "nl") == (
        "de instemming van de schuldhulpverlener Kredietbank met het mandaat voor ‘Bijzondere "
        "bijstand verlenen’ vast te leggen bij het Mandaatbesluit Rivierstad 2025"
    )
    assert _point(case, analysis, cause, "en").startswith(
        "to record the consent of the Schuldhulpverlener Kredietbank to the mandate for "
        "‘Bijzondere bijstand verlenen’"
    )


def test_the_english_remedy_lets_the_body_decide_for_itself() -> None:
    analysis = analyse(example_case())
    [f] = [f for f in analysis.findings if f.code == "AGREEMENT_OVER_PUBLIC_POWER"]
    assert f.suggestion("en").startswith("Let the ")
    assert " decide for itself" in f.suggestion("en")
    assert " decide itself" not in f.suggestion("en")


def test_j10_a_delegated_verordening_is_set_by_its_delegate_and_checked() -> None:
    """Map G: the raad delegated the Participatiewet verordening to the college, so 'de raad
    stelt de verordening vast' contradicted the map; whether it could is worth a check (art.
    156 lid 1 Gemeentewet). The example, without such a delegation, keeps the council."""
    [f] = [f for f in analyse(load(_MAP_G)).findings if f.code == "LEARNING_NO_FEEDBACK_PATH"]
    assert "de raad stelt de verordening vast" not in f.detail("nl")
    assert (
        "het college stelt de verordening vast na delegatie door de raad (ga na of de raad haar "
        "mocht overdragen: dat kan niet als de aard van de bevoegdheid zich ertegen verzet, "
        "art. 156 lid 1 Gemeentewet)"
    ) in f.detail("nl")
    assert "Gemeentewet art. 156(1)" in f.detail("en")
    [g] = [f for f in analyse(example_case()).findings if f.code == "LEARNING_NO_FEEDBACK_PATH"]
    assert "): de raad stelt de verordening vast, het college de beleidsregels" in g.detail("nl")


def test_the_delegation_info_line_names_withdrawal_too() -> None:
    """Tenth jurist on map G's GR delegation: beside the 10:16 line, the delegans can revoke
    the delegation (art. 10:18 Awb)."""
    findings = analyse(load(_MAP_G)).findings
    [f] = [f for f in findings if f.code == "DELEGATION_NO_INFO_LINE" and "d1" in f.mandates]
    assert (
        "alleen beleidsregels geven (art. 10:16 lid 1 Awb) of de delegatie intrekken (art. 10:18 "
        "Awb), en de delegataris" in f.detail("nl")
    )
    assert "or revoke the delegation (Awb 10:18)" in f.detail("en")


def test_j1_the_agreements_on_the_ondervolmacht_are_listed_and_ratified() -> None:
    case = load(_MAP_G)
    nl = decision_points(case, analyse(case), "nl")
    assert nl[2] == (
        "het Volmachtbesluit 2025 zo te wijzigen dat de consulent Inkomen rechtstreeks volmacht "
        "heeft "
        "voor ‘Huurovereenkomst noodwoning sluiten’, en de overeenkomsten die de consulent op "
        "de ondervolmacht sloot, te laten inventariseren en ter bekrachtiging voor te leggen (art. "
        "3:69 BW)"
    )
    en = decision_points(case, analyse(case), "en")[2]
    assert en.endswith(
        "under the sub-power of attorney listed and put forward for ratification (BW 3:69)"
    )

"""Ninth jurist / stops-p7, N9: a mandate to a care provider's staff member to decide on the
support the provider delivers itself conflicts with art. 2:4 Awb with or without consent. The
art. 2:4 sentence came only with the consent findings, so a map that records the consent of the
nurse and of Zorggroep Anker showed no defect at all. Now it has its own code,
MANDATE_PROVIDER_INTEREST, its register line and its beslispunt; and the register says why a
mandate outside the line holds where the consent is recorded (art. 10:4 lid 1 Awb)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from exports.register_status import mandate_statuses
from mapper.analysis import analyse
from models.example import example_case
from models.fileformat import case_from_dict, case_to_dict, save
from models.i18n import Lang
from tests.exports.jurist8_map_e import map_e_dict

_AS_OF = date(2026, 10, 1)


def _map_e(consent: bool | None) -> dict[str, object]:
    d = map_e_dict()
    d["mandates"][0]["consent"] = consent  # m1: college -> the provider's nurse, Wmo
    return d


def test_consent_recorded_still_conflicts_with_art_2_4() -> None:
    found = [f for f in analyse(case_from_dict(_map_e(True))).findings if "m1" in f.mandates]
    codes = {f.code for f in found}
    assert "MANDATE_PROVIDER_INTEREST" in codes
    assert not codes & {"MANDATE_CONSENT_MISSING", "MANDATE_CONSENT_UNKNOWN"}
    [f] = [f for f in found if f.code == "MANDATE_PROVIDER_INTEREST"]
    assert f.severity.value == "critical"
    assert f.title("nl") == (
        "Het mandaat aan de wijkverpleegkundige Zorggroep Anker botst met het eigen belang van "
        "Zorggroep Anker"
    )
    assert (
        "de instemming van de wijkverpleegkundige en van Zorggroep Anker is vastgelegd, dus aan "
        "art. 10:4 lid 1 Awb is voldaan. Toch is mandaat hier geen oplossing: Zorggroep Anker "
        "levert de ondersteuning zelf en heeft een eigen, financieel belang bij de omvang ervan "
        "(art. 2:4 Awb). Instemming neemt dat niet weg."
    ) in f.detail("nl")
    assert f.suggestion("nl").startswith("Trek het mandaat in en laat het college van B&W zelf")
    assert "so the mandate meets Awb 10:4(1)" in f.detail("en")
    assert "(Awb 2:4)" in f.detail("en")


@pytest.mark.parametrize("consent", [None, False])
def test_without_consent_the_consent_finding_says_it_once(consent: bool | None) -> None:
    found = [f for f in analyse(case_from_dict(_map_e(consent))).findings if "m1" in f.mandates]
    codes = [f.code for f in found]
    assert "MANDATE_PROVIDER_INTEREST" not in codes
    assert sum("(art. 2:4 Awb)" in f.detail("nl") for f in found) == 1


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "gebrekkig: instemming vastgelegd (art. 10:4 lid 1 Awb), maar de gemandateerde "
               "werkt voor een zorgaanbieder die beslist over ondersteuning die hij zelf levert "
               "(art. 2:4 Awb)"),
        ("en", "flawed: consent recorded (Awb 10:4(1)), but the holder works for a care provider "
               "that decides on support it delivers itself (Awb 2:4)"),
    ],
)  # fmt: skip
def test_the_register_line(lang: Lang, words: str) -> None:
    assert mandate_statuses(case_from_dict(_map_e(True)), _AS_OF, lang)["m1"] == words


def test_the_register_says_why_an_outside_mandate_with_consent_holds() -> None:
    d = case_to_dict(example_case())
    m7 = next(m for m in d["mandates"] if m["id"] == "m7")  # college -> Kredietbank (a GR)
    before = mandate_statuses(case_from_dict(d), _AS_OF, "nl")["m7"]
    m7["consent"] = True
    case = case_from_dict(d)
    assert mandate_statuses(case, _AS_OF, "nl")["m7"] == (
        "geldig: de instemming van de gemandateerde en van diens werkgever is vastgelegd (art. "
        "10:4 lid 1 Awb)"
    )
    assert mandate_statuses(case, _AS_OF, "en")["m7"] == (
        "valid: the consent of the holder and of its employer is recorded (Awb 10:4(1))"
    )
    assert before != mandate_statuses(case, _AS_OF, "nl")["m7"]
    # a mandate inside the line asks no consent: plain "geldig"
    assert mandate_statuses(case, _AS_OF, "nl")["m1"] == "geldig"


def test_the_nota_withdraws_the_mandate(tmp_path: Path) -> None:
    from ui.cli import main

    src, out = tmp_path / "e.kvmap", tmp_path / "e.docx"
    save(case_from_dict(_map_e(True)), src, backup=False)
    assert main(["export", str(src), "--to", str(out), "--named", "--lang", "nl"]) in (0, 1)
    text = " ".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert (
        "het mandaat voor maatwerkvoorziening Wmo toekennen aan de wijkverpleegkundige in te "
        "trekken; de besluiten daarover neemt dan een eigen medewerker in mandaat, en "
        "Zorggroep Anker adviseert over de omvang (art. 2:4 Awb)"
    ) in text

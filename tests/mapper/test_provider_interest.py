"""Ninth jurist / stops-p7, N9: a mandate to a care provider's staff member to decide on the
support the provider delivers itself conflicts with art. 2:4 Awb with or without consent. The
art. 2:4 sentence came only with the consent findings, so a map that records the consent of the
nurse and of Zorggroep Anker showed no defect at all. Now it has its own code,
MANDATE_PROVIDER_INTEREST, its register line and its beslispunt; and the register says why a
mandate outside the line holds where the consent is recorded (art. 10:4 lid 1 Awb)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

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
        # not "instemming vastgelegd": the line holds as well where the statute provides for
        # mandate or the holder works under the grantor (session 10)
        (
            "nl",
            "gebrekkig: de gemandateerde werkt voor een zorgaanbieder en beslist zo over "
            "ondersteuning die die aanbieder zelf levert (art. 2:4 Awb), ook al is aan art. "
            "10:4 Awb voldaan",
        ),
        (
            "en",
            "flawed: the holder works for a care provider and so decides on support that "
            "provider delivers itself (Awb 2:4), though Awb 10:4 is met",
        ),
    ],
)
def test_the_register_line(lang: Lang, words: str) -> None:
    assert mandate_statuses(case_from_dict(_map_e(True)), _AS_OF, lang)["m1"] == words


def test_the_register_says_why_an_outside_mandate_with_consent_holds() -> None:
    d = case_to_dict(example_case())
    m7 = next(m for m in d["mandates"] if m["id"] == "m7")  # college -> Kredietbank (a GR)
    before = mandate_statuses(case_from_dict(d), _AS_OF, "nl")["m7"]
    m7["consent"] = True
    case = case_from_dict(d)
    assert mandate_statuses(case, _AS_OF, "nl")["m7"] == (
        "geldig: de instemming van de gemandateerde en van degene onder wiens "
        "verantwoordelijkheid hij werkt, is vastgelegd (art. 10:4 lid 1 Awb)"
    )  # the law's words, not "diens werkgever" (eleventh jurist H3, LANG)
    assert mandate_statuses(case, _AS_OF, "en")["m7"] == (
        "valid: the consent of the holder and of whoever they work under is recorded (Awb 10:4(1))"
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
        "het mandaat voor ‘Maatwerkvoorziening Wmo toekennen’ aan de wijkverpleegkundige "
        "Zorggroep Anker in te trekken; de besluiten daarover neemt dan een ambtenaar van de "
        "gemeente in mandaat, en "
        "Zorggroep Anker adviseert over de omvang (art. 2:4 Awb)"
    ) in text


def _provided(d: dict[str, Any]) -> None:
    for p in d["powers"]:
        if p["id"] == "wmo":
            p["mandate"] = "provided"  # a statutory rule provides for mandate


def _under(d: dict[str, Any]) -> None:
    d["mandates"][0]["holder_works_under_grantor"] = True


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (
            _provided,
            "een wettelijk voorschrift voorziet in de mogelijkheid van mandaat, dus "
            "instemming is niet nodig (art. 10:4 lid 2 Awb). Toch is mandaat hier geen "
            "oplossing: Zorggroep Anker levert de ondersteuning zelf en heeft een eigen, "
            "financieel belang bij de omvang ervan (art. 2:4 Awb). Dat de wet in "
            "mandaat voorziet, neemt dat niet weg: art. 2:4 Awb geldt voor elk besluit.",
        ),
        (
            _under,
            "volgens de kaart werkt de wijkverpleegkundige onder verantwoordelijkheid van "
            "het college, dus instemming is niet nodig (art. 10:4 lid 1 Awb). Toch is "
            "mandaat hier geen oplossing: Zorggroep Anker levert de ondersteuning zelf en "
            "heeft een eigen, financieel belang bij de omvang ervan (art. 2:4 Awb).",
        ),
    ],
)
def test_a_provided_mandate_or_one_under_the_grantor_still_conflicts_with_art_2_4(
    change: Callable[[dict[str, Any]], None], why: str
) -> None:
    """Session 10: art. 10:4 lid 2 (a mandate the statute provides for) lifts only the need for
    consent, and a holder who works under the grantor needs none either; art. 2:4's bias rule
    holds all the same while the holder works for the provider. The finding did not fire."""
    d = _map_e(None)
    change(d)
    c = case_from_dict(d)
    found = [f for f in analyse(c).findings if "m1" in f.mandates]
    assert not {f.code for f in found} & {"MANDATE_CONSENT_MISSING", "MANDATE_CONSENT_UNKNOWN"}
    [f] = [f for f in found if f.code == "MANDATE_PROVIDER_INTEREST"]
    assert f.severity.value == "critical"
    assert why in f.detail("nl")
    assert "Instemming neemt dat niet weg" not in f.detail("nl")
    assert mandate_statuses(c, _AS_OF, "nl")["m1"].startswith("gebrekkig: de gemandateerde werkt")
    assert "(Awb 10:4(2))" in f.detail("en") or "(Awb 10:4(1))" in f.detail("en")

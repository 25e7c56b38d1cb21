"""Each to its own college: many holders of many organisations are not sent to a list of all
their colleges (issue 14, rev-jurist17 R7: "moet dus naar het college B&W 1, … en veertien
anderen"), nor to "het college" as if there were one (R6: "Moeten de directeur 4.2, de
directeur 5.1 … zelf beslissen, laat het college dan mandaat verlenen")."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mapper.analysis import Analysis, analyse
from mapper.findings import Finding
from mapper.sentence_merge import one_name
from models.fileformat import load
from tests.exports.big_map import mapped

EXAMPLE = Path(__file__).parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"


@cache
def _generated() -> Analysis:
    return mapped(300)[1]  # shared with the other files (tests/exports/big_map.py)


def _of(analysis: Analysis, code: str) -> list[Finding]:
    return [f for f in analysis.findings if f.code == code]


def test_the_room_at_the_top_goes_to_each_own_college() -> None:
    [f] = _of(_generated(), "INTENT_NOT_PASSED_DOWN")
    assert f.detail.nl.startswith("Het college B&W 1, het college B&W 2, het college B&W 4 en")
    # "het college dat de bevoegdheid heeft" since rev-jurist18 K6 (test_jurist18d_points.py)
    said = "een besluit waarvoor die ruimte nodig is, moet dus naar het college dat de "
    assert said + "bevoegdheid heeft. " in f.detail.nl, f.detail.nl
    # not "the executive of its own organisation" beside "The Executive decides" (rev-jurist19 R8)
    assert "must go up to the public body that holds the power. " in f.detail.en
    assert f.detail.nl.count("het college B&W 4") == 1


def test_a_director_of_another_college_asks_his_own_for_a_mandate() -> None:
    said = {f.actors[0]: f.suggestion for f in _of(_generated(), "MANDATE_SIGNING_NO_POWER")}
    text = next(s for s in said.values() if s.nl.startswith("Moet de directeur 4.2 "))
    # the manager 2.0.1 since rev-jurist19c J1: its authorisation lay within the directeur
    # 2.1's since-expired mandate, so it signs and does not decide
    assert text.nl == (
        "Moet de directeur 4.2 zelf beslissen, vraag dan diens eigen college mandaat te verlenen "
        "voor ‘afwijken van regel’. Doe hetzelfde bij de directeur 5.1 en de manager 2.0.1."
    )
    assert text.en == (
        "If the Directeur 4.2 must decide, ask the public body whose decisions they sign to "
        "grant a mandate for ‘deviate from a rule’. Do the same for the Directeur 5.1 and the "
        "Manager 2.0.1."  # not "their own executive" (rev-jurist19 R8)
    )
    one = text.nl.partition(" Doe hetzelfde")[0]
    merged = one_name([one, one.replace("4.2", "5.1")], "nl")
    assert merged == [
        "Moeten de directeur 4.2 en de directeur 5.1 zelf beslissen, vraag dan hun eigen "
        "college mandaat te verlenen voor ‘afwijken van regel’."
    ]


def test_the_own_college_is_still_had_grant_it() -> None:
    [f] = _of(analyse(load(EXAMPLE)), "MANDATE_SIGNING_NO_POWER")
    assert "laat het college dan mandaat verlenen voor ‘Bijzondere bijstand verlenen’." in (
        f.suggestion.nl
    )

"""One college cannot order another: a remedy has the note's own college act ("Laat het
college …") and asks any other body ("Vraag het college B&W 3 … toe te staan") (issue 14,
rev-jurist17 R4, the rest in §5.2, §5.4 and 'Eerst doen' 2 of the 2,000 nota)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from benchmarks.generate import generate_case
from mapper.analysis import Analysis, analyse
from mapper.sentence_merge import one_who
from models.fileformat import load
from models.i18n import Lang

EXAMPLE = Path(__file__).parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"


@cache
def _generated() -> Analysis:
    return analyse(generate_case(150))


def _suggestions(analysis: Analysis, code: str, lang: Lang) -> list[str]:
    return [f.suggestion(lang) for f in analysis.findings if f.code == code]


def test_another_college_is_asked_to_widen_its_mandate() -> None:
    nl = _suggestions(_generated(), "MANDATE_SUBMANDATE_NOT_ALLOWED", "nl")
    en = _suggestions(_generated(), "MANDATE_SUBMANDATE_NOT_ALLOWED", "en")
    said = [s for s in nl if "het college B&W 3" in s]
    assert said, nl
    assert all(s.startswith("Vraag het college B&W 3 in zijn mandaat") for s in said), said
    assert all(" toe te staan " in s and " te verlenen." in s for s in said), said
    assert any(s.startswith("Ask the College B&W 3 to allow ") for s in en), en
    for s in nl:  # no other college is had act
        assert not re.match(r"Laat het college B&W (?!1 )\d", s), s


def test_another_college_is_asked_to_renew_and_ratify() -> None:
    nl = _suggestions(_generated(), "NEED_HOLDER_FAR", "nl")
    en = _suggestions(_generated(), "NEED_HOLDER_FAR", "en")
    asked = [s for s in nl if s.startswith("Vraag het college B&W 2 het mandaat aan")]
    assert asked, nl
    assert all(
        "opnieuw te verlenen, de besluiten die sinds" in s and "te inventariseren" in s
        for s in asked
    ), asked
    assert any("Ask the College B&W 2 to grant the mandate" in s for s in en), en
    assert not any(re.search(r"Laat het college B&W (?!1 )\d+ het mandaat", s) for s in nl), nl


def test_the_own_college_is_still_had_act() -> None:
    said = " ".join(_suggestions(analyse(load(EXAMPLE)), "MANDATE_SUBMANDATE_NOT_ALLOWED", "nl"))
    assert "Laat het college van B&W in het Mandaatbesluit Rivierstad 2025" in said, said
    assert "Vraag het college" not in said


def test_two_asks_of_one_college_merge_as_two_had_acts_do() -> None:
    out = one_who(
        [
            "Vraag de wethouder X een perslijn op te stellen.",
            "Vraag de wethouder X de raad te informeren.",
        ],
        "nl",
    )
    assert out == ["Vraag de wethouder X een perslijn op te stellen en de raad te informeren."]

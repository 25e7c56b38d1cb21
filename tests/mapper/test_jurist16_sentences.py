"""Sentences with a subject and without arrows in prose (issue 14, rev-jurist15 J19;
rev-user15 G11)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from mapper.analysis import Analysis, analyse
from models.fileformat import load
from models.i18n import Lang
from tests.exports.big_map import mapped

EXAMPLE = Path(__file__).parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"


@cache
def _example() -> Analysis:
    return analyse(load(EXAMPLE))


@cache
def _generated() -> Analysis:
    return mapped(300)[1]  # shared with the other files (tests/exports/big_map.py)


def _details(analysis: Analysis, lang: Lang) -> list[str]:
    return [f.detail(lang) for f in analysis.findings] + [c.detail(lang) for c in analysis.causes]


def test_no_mandate_opens_a_sentence_without_a_verb() -> None:
    # J19: "Het mandaat … dat het college … verleende: die neemt in mandaat ook primaire
    # besluiten" and "…: de mandaatgever kan instructies geven"
    for analysis in (_example(), _generated()):
        for text in _details(analysis, "nl"):
            assert not re.search(r"verleende: ", text), text
            assert "die neemt in mandaat" not in text, text
    said = " ".join(_details(_example(), "nl"))
    assert (
        "dat het college aan de manager Werk en Inkomen verleende, ligt bij iemand die in "
        "mandaat ook primaire besluiten neemt (‘Afzien van terugvordering wegens dringende "
        "redenen’ en ‘Bijzondere bijstand verlenen’). Dat mag, maar op bezwaar tegen een besluit "
        "dat de manager zelf in mandaat nam, beslist de manager niet (art. 10:3 lid 3 Awb)."
    ) in said
    assert "Kredietbank verleende, geldt: de mandaatgever kan instructies geven" in said


def test_invalid_mandates_in_a_sentence_have_no_arrows() -> None:
    # G11: "Ongeldige mandaten voor deze bevoegdheid: directeur 201.2 → manager 201.1.1:
    # keten erboven gebroken; …"
    listed = re.compile(
        r"(?:Ongeldige mandaten voor deze bevoegdheid|Niet geldig): ([^\n]*?)(?:\. [A-Z]|$)"
    )
    found = 0
    for text in _details(_generated(), "nl"):
        for m in listed.finditer(text):
            assert "→" not in m.group(1), m.group(1)
            assert m.group(1).startswith("van "), m.group(1)
            found += 1
    assert found >= 2
    said = " ".join(_details(_generated(), "nl"))
    assert re.search(r"Niet geldig: van de manager [\d.]+ aan de teamleider [\d.]+ \(", said)
    en = " ".join(_details(_generated(), "en"))
    assert re.search(r"Not valid: from the Manager [\d.]+ to the Teamleider [\d.]+ \(", en)

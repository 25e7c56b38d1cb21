"""The deck's what-if lists only findings the analysis does not already tell (new user, twelfth
round, B8: "Without the Jeugdconsulent, the analysis finds 11 more findings: … The case does not
find its way back to the rule …", which was cause 1 on slide 2 and slide 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.sessie import build_sessie
from mapper import analyse
from models import fileformat

_MAP = Path(__file__).parents[1] / "ui" / "data" / "user12_havenstad.kvmap"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_what_if_leaves_out_what_the_analysis_already_finds(lang: str) -> None:
    case = fileformat.load(_MAP)
    analysis = analyse(case)
    top = analysis.causes[0].title(lang)  # type: ignore[arg-type]
    deck = build_sessie(case, lang=lang, analysis=analysis)  # type: ignore[arg-type]
    slide = list(deck.slides)[-1]
    text = [
        p.text for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs if p.text
    ]
    assert text[0] in (
        "Wat als de jeugdconsulent afwezig is?",
        "What if the Jeugdconsulent is absent?",
    )
    assert top not in text[1:]
    # eight, was ten: the three decisions nobody handles then are one finding (mapper.repeats)
    counted = {
        "en": "Without the Jeugdconsulent, the analysis finds eight more findings:",
        "nl": "Zonder de jeugdconsulent vindt de analyse acht bevindingen meer:",
    }
    assert text[1] == counted[lang]

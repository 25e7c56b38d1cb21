"""The nota's risks in plain English (issue 11, reading pass): "the municipality", not "the
gemeente"; an opponent named by its name as on the map, with its kind in English, as in the
rest of the note ("The Fractievoorzitter oppositie (council)": a name is never translated, new
user, tenth round, N6)."""

from __future__ import annotations

from exports.risks import risks
from mapper import analyse
from models.example import example_case


def test_the_risks_read_as_english() -> None:
    case = example_case()
    lines = [line for risk in risks(case, analyse(case)) for line in risk.lines]
    english = "\n".join(line("en") for line in lines)
    assert "gemeente" not in english
    assert "means the municipality does not collect a claim of €2,300" in english
    assert (
        "The Fractievoorzitter oppositie (council) is influential and opposes the intent."
        in english
    )
    assert "Rivierstad Dagblad (media) is influential" in english
    assert "De fractievoorzitter oppositie (gemeenteraad) is invloedrijk" in "\n".join(
        line("nl") for line in lines
    )

"""The session deck's text stays on its slide: above the footer, in a size that fits its box
(new user, fourth round 6)."""

from __future__ import annotations

import pytest
from pptx.util import Emu

from exports.sessie import _FOOT_TOP, SCORECARD_BOTTOM, SCORECARD_TOP, build_sessie
from exports.slide_text import _LEADING, fitted_pt, table_fit, text_lines
from models.example import example_case


def _inches(v: int) -> float:
    return float(Emu(v).inches)


def test_cause_slides_text_fits_its_box_above_the_footer() -> None:
    deck = build_sessie(example_case(), lang="en", picture=b"", causes={})
    checked = 0
    for slide in list(deck.slides)[4:7]:  # the three cause slides
        boxes = [s for s in slide.shapes if s.has_text_frame and s != slide.shapes.title and s.top]
        body = max(boxes, key=lambda s: len(s.text_frame.text))
        top, height, width = _inches(body.top), _inches(body.height), _inches(body.width)
        assert top + height <= _FOOT_TOP + 1e-6, "the text box reaches the footer"
        lines = [p.text for p in body.text_frame.paragraphs]
        pt = body.text_frame.paragraphs[0].font.size.pt
        assert text_lines(lines, width, pt) * pt * _LEADING / 72.0 <= height
        checked += 1
    assert checked == 3
    legal = [s for s in deck.slides[6].shapes if s.has_text_frame and "Relevant articles" in s.text]
    assert legal, "slide 7 cites its articles"


def test_a_long_text_is_set_smaller_and_a_short_one_large() -> None:
    short = ["What to organise:", "Agree on it."]
    long = ["What to organise: " + "let the office decide itself and record it " * 12] * 3
    assert fitted_pt(short, 4.5, 5.5, 16, 10) == 16
    small = fitted_pt(long, 4.5, 5.5, 16, 10)
    assert small < 16
    assert text_lines(long, 4.5, small) * small * _LEADING / 72.0 <= 5.5


def test_text_lines_wraps_at_words() -> None:
    # at 72 pt a box 0.2 + 5 x 0.56 inches wide holds five characters a line
    width = 0.2 + 0.56 * 5 + 0.01
    assert text_lines(["aa bb cc"], width, 72.0) == 2  # "aa bb" / "cc"
    assert text_lines(["aa bb cc dd"], width, 72.0) == 2  # "aa bb" / "cc dd"
    assert text_lines(["aaaaaaaaaaa"], width, 72.0) == 3  # a long word is broken
    assert text_lines(["a", "b"], width, 72.0) == 2


def _scorecard_table(deck: object) -> object:
    (table,) = [s for s in deck.slides[3].shapes if s.has_table]  # type: ignore[attr-defined]
    return table


def test_the_scorecard_table_ends_a_clear_gap_above_the_footer() -> None:
    """New user, eleventh round: the deck's scorecard table nearly touched the footer rule
    (its rows 5.6 inches from 1.4 in, and they grow with their text). Now every row is as
    high as its text needs at the size chosen, and the table ends above SCORECARD_BOTTOM."""
    for lang in ("nl", "en"):
        shape = _scorecard_table(build_sessie(example_case(), lang=lang, picture=b"", causes={}))
        top, height = _inches(shape.top), _inches(shape.height)  # type: ignore[attr-defined]
        table = shape.table  # type: ignore[attr-defined]
        assert top >= SCORECARD_TOP - 1e-6
        assert top + height <= SCORECARD_BOTTOM + 1e-6
        assert SCORECARD_BOTTOM <= _FOOT_TOP - 0.25  # a clear gap above the footer rule
        rows = [_inches(r.height) for r in table.rows]
        assert sum(rows) == pytest.approx(height, abs=0.01)
        widths = [_inches(c.width) for c in table.columns]
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                pt = cell.text_frame.paragraphs[0].font.size.pt
                need = text_lines([cell.text], widths[c], pt) * pt * _LEADING / 72.0
                assert need + 0.1 <= rows[r] + 1e-6, (lang, r, c)


def test_long_explanations_are_set_smaller_to_stay_in_the_room() -> None:
    rows = [["1. Helderheid", "Oranje", "Een toelichting die lang doorloopt " * 6]] * 8
    pt, heights = table_fit(rows, (3.6, 2.1, 6.6), 5.35, 12, 9)
    assert pt < 12
    assert sum(heights) <= 5.35
    short = [["1. Helderheid", "Groen", "Geen knelpunten gevonden."]] * 8
    assert table_fit(short, (3.6, 2.1, 6.6), 5.35, 12, 9)[0] == 12

"""The session deck's text stays on its slide: above the footer, in a size that fits its box
(new user, fourth round 6)."""

from __future__ import annotations

from pptx.util import Emu

from exports.sessie import _FOOT_TOP, _LEADING, build_sessie, fitted_pt, text_lines
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

"""The nota's annex of grouped findings counts each place once, as the finding's heading does,
and names at most fifty places in a row, pointing to the Excel report for the rest (new user at
scale, session 14, F5: heading "… en 60 andere paren" (63), annex "94" with 31 names repeated;
one cell of 88,000 characters at 10,000 actors)."""

from __future__ import annotations

import re

import docx

from benchmarks.generate import generate_case
from exports.nota_scale import add_repeats_annex
from mapper.analysis import analyse


def _rows(lang: str) -> tuple[dict[str, tuple[int, str]], str]:
    case = generate_case(500)
    document = docx.Document()
    assert add_repeats_annex(document, analyse(case), lang, "D")  # type: ignore[arg-type]
    rows = {
        r.cells[0].text: (int(r.cells[1].text.replace(".", "")), r.cells[2].text)
        for r in document.tables[0].rows[1:]
    }
    return rows, "\n".join(p.text for p in document.paragraphs)


def test_each_place_is_counted_once_as_the_heading_counts_it() -> None:
    rows, _ = _rows("nl")
    title, (count, where) = next(
        (t, v) for t, v in rows.items() if "staat meer ondermandaat toe dan het college" in t
    )
    names = where.split("; ")
    assert len(names) == len(set(names)) == count == 17  # 27 findings on 17 pairs
    for name, (_, places) in rows.items():
        shown = re.sub(r" en [\d.]+ anderen$", "", places).split("; ")
        assert len(shown) == len(set(shown)), name
    # numbered by the annex, its section named after it (nota15)
    assert re.fullmatch(r"D\.\d+ .* \(paragraaf 5\.\d+\)", title), title


def test_a_long_row_names_fifty_places_and_counts_the_rest() -> None:
    rows, text = _rows("nl")
    count, where = next(v for t, v in rows.items() if "is niet geborgd (paragraaf" in t)
    assert count == 215
    assert where.endswith(" en 165 anderen")
    assert len(where.removesuffix(" en 165 anderen").split("; ")) == 50
    assert "het Excel-rapport (blad ‘Bevindingen’) allemaal" in text
    rows_en, text_en = _rows("en")
    assert any(where.endswith(" and 165 others") for _, where in rows_en.values())
    assert "the Excel report (sheet ‘Findings’) all of them" in text_en

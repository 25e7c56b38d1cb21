"""The nota's scorecard stays on one page (issue 11): no row breaks across pages, and every
row keeps with the next, so Word and LibreOffice move the whole table (and its heading) to the
next page rather than split it. The example's scorecard used to start at the foot of page 2
and end on page 3. That LibreOffice prints it on one page: tests/test_libreoffice.py."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from exports.nota import write_nota
from models.example import example_case


def _scorecard(path: Path) -> object:
    doc = docx.Document(str(path))
    return next(t for t in doc.tables if t.rows[1].cells[0].text.startswith("1. "))


def test_the_scorecard_s_rows_neither_split_nor_part(tmp_path: Path) -> None:
    table = _scorecard(write_nota(example_case(), tmp_path / "n.docx", lang="nl"))
    rows = table.rows  # type: ignore[attr-defined]
    for row in rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    for row in rows[:-1]:
        for cell in row.cells:
            assert all(p.paragraph_format.keep_with_next for p in cell.paragraphs)

"""The nota's tables are filled through their elements (issue 15): the same document as the
python-docx calls made before (main 607c54d's ``add_table``, kept below as the reference), at
about two thirds of the CPU of building the nota (example and maps of 60 and 300 actors, nl
and en: 1.98 s -> 1.30 s, ``word/document.xml`` byte for byte the same).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from docx.shared import Cm, Pt

from exports.docx_document import new_document
from exports.docx_tables import TABLE_PT, add_table, fit_widths, fixed_layout, font_scale, shade

HEADER = ["Naam", "Bedrag € 5", "Opmerking"]
ROWS = [
    ["Gemeentesecretaris", "€ 4.200", "regel een\nregel twee"],
    ["  spaties  ", "€ 12.000 en € 3", "tab\there"],
    ["", "-", 'Wethouder Sociaal Domein & <zorg> "citaat"'],
]


def _reference(doc: Any, header: list[str], rows: list[list[str]], widths: Any) -> Any:
    """``add_table`` as it was on main 607c54d."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
        shade(cell, "D9E2F3")
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.text = run.text.replace("€ ", "€\u00a0")
                    run.font.size = Pt(TABLE_PT)
    rows = [[t.replace("€ ", "€\u00a0") for t in r] for r in rows]
    if widths is None:
        size = Pt(round(TABLE_PT * font_scale(header, rows), 1))
        for row in table.rows:
            for cell in row.cells:
                for run in (r for para in cell.paragraphs for r in para.runs):
                    run.font.size = size
    _reference_widths(table, widths if widths is not None else fit_widths(header, rows))
    return table


def _reference_widths(table: Any, widths: list[float]) -> None:
    """``set_widths`` as it was on s23-lead 863c2b3: python-docx sets every cell's width."""
    fixed_layout(table, widths)
    for tr in table._tbl.tr_lst:
        for tc, width in zip(tr.tc_lst, widths, strict=True):
            tc.width = Cm(width)


def _body(make: Any, widths: Any) -> bytes:
    doc = new_document()
    make(doc, HEADER, ROWS, widths)
    make(doc, ["Één"], [["x" * 90]], None)  # a word too long: the font gets smaller
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return archive.read("word/document.xml")


@pytest.mark.parametrize("widths", [None, [4.0, 5.0, 8.0]])
def test_the_table_is_what_the_python_docx_calls_made(widths: Any) -> None:
    assert _body(add_table, widths) == _body(_reference, widths)


def test_a_table_is_filled_without_reading_its_rows_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on main 607c54d, which asked every row for its ``cells`` (a walk of its grid)."""
    import docx.table

    def refused(self: object) -> None:
        raise AssertionError("row.cells read")

    monkeypatch.setattr(docx.table._Row, "cells", property(refused))
    table = add_table(new_document(), HEADER, ROWS)
    assert len(table._tbl.tr_lst) == 1 + len(ROWS)


def test_a_table_sets_its_font_size_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each cell is a copy of one paragraph of the table's size (issue 15, docs21: python-docx
    converted and set the size for every cell). Fails on main 83cb22a (once a cell)."""
    import docx.text.font

    sizes: list[object] = []
    size: Any = vars(docx.text.font.Font)["size"]  # the property itself

    def counted(self: Any, value: Any) -> None:
        sizes.append(value)
        size.fset(self, value)

    monkeypatch.setattr(docx.text.font.Font, "size", property(size.fget, counted))
    add_table(new_document(), HEADER, ROWS)
    assert sizes == [Pt(TABLE_PT)]

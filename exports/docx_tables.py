"""Tables in the advice note (python-docx): fixed column widths in which no word breaks,
shaded header cells, one font size per table. Word and LibreOffice both keep the widths.

Examples
--------
>>> fit_widths(["Naam", "Soort"], [["Gemeentesecretaris", "Bestuurder"]], total=10.0)
[5.98, 4.02]
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.run import _RunContentAppender
from docx.shared import Cm, Pt
from docx.text.font import Font

__all__ = [
    "MARGIN",
    "TABLE_PT",
    "TEXT_WIDTH",
    "add_table",
    "fit_widths",
    "fixed_layout",
    "font_scale",
    "keep_together",
    "set_widths",
    "shade",
]


def shade(cell: Any, rgb: str) -> None:
    """Fill table cell ``cell`` with colour ``rgb``."""
    _shade(cell._tc, rgb)


def _shade(tc: Any, rgb: str) -> None:
    props = tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), rgb)
    props.append(shading)


#: Text width of the page (A4, 2 cm margins), the tables' font size and what one character
#: of it takes at most on average (bold headers, and a wider font where Calibri is missing:
#: LibreOffice falls back to DejaVu Sans), in cm.
MARGIN = 2.0
TEXT_WIDTH = 21.0 - 2 * MARGIN
TABLE_PT = 8.5
CM_PER_CHAR = 0.2
CELL_MARGIN = 0.1  # left and right, each
CELL_PAD = 2 * CELL_MARGIN + 0.1


def fit_widths(header: list[str], rows: list[list[str]], total: float = TEXT_WIDTH) -> list[float]:
    """Column widths (cm) in which no word breaks: each column at least as wide as its longest
    word, the rest of the width shared by how much text each column holds.

    Examples
    --------
    >>> fit_widths(["Naam", "Soort"], [["Gemeentesecretaris", "Bestuurder"]], total=10.0)
    [5.98, 4.02]
    """
    columns = list(zip(header, *rows, strict=True))
    scale = font_scale(header, rows, total)
    least = [_longest(col) * CM_PER_CHAR * scale + CELL_PAD for col in columns]
    if sum(least) >= total:
        return [round(w * total / sum(least), 2) for w in least]
    weight = [sum(len(t) for t in col) ** 0.5 for col in columns]
    extra = total - sum(least)
    return [round(w + extra * k / sum(weight), 2) for w, k in zip(least, weight, strict=True)]


def _longest(texts: Sequence[str]) -> int:
    return max(len(w) for text in texts for w in (text.split(" ") or [""]))


def font_scale(header: list[str], rows: list[list[str]], total: float = TEXT_WIDTH) -> float:
    """How much smaller than :data:`TABLE_PT` the table's font must be for its longest words
    to fit side by side (1.0: no smaller; never below 7 pt)."""
    columns = list(zip(header, *rows, strict=True))
    text = sum(_longest(col) * CM_PER_CHAR for col in columns)
    room = total - CELL_PAD * len(columns)
    return max(7.0 / TABLE_PT, min(1.0, room / text)) if text else 1.0


def add_table(
    doc: Any, header: list[str], rows: list[list[str]], widths: list[float] | None = None
) -> Any:
    """A table of ``header`` (bold, shaded) and ``rows``, all in :data:`TABLE_PT` (smaller
    where the longest words would not fit), in ``widths`` (cm; None: :func:`fit_widths`).

    The cells are filled through their elements (``w:tr``, ``w:tc``, ``w:r``), each run's text
    and size set once: python-docx's ``row.cells`` walks the grid of the row for every call
    and clearing a cell runs an XPath query, and reading back every run to set its size took
    most of the time of the nota of a large map (issue 15). The document is the same, element
    for element (tests/exports/test_docx_tables20.py).
    """
    shown = [[_whole(t) for t in r] for r in rows]
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    scale = 1.0 if widths is not None else font_scale(header, shown)
    size = Pt(TABLE_PT) if widths is not None else Pt(round(TABLE_PT * scale, 1))
    tbl = table._tbl
    cell = _paragraph(size)
    for tc, text in zip(tbl.tr_lst[0].tc_lst, header, strict=True):
        _fill(tc, _whole(text), cell).bold = True
        _shade(tc, "D9E2F3")
    for values in shown:
        tr = tbl.add_tr()
        for text in values:
            # as table.add_row() makes it, but for the width it gives each cell from the grid:
            # set_widths sets every cell's width below (the same w:tcPr, made once, issue 15)
            _fill(tr.add_tc(), text, cell)
    set_widths(table, widths if widths is not None else fit_widths(header, shown))
    return table


def _whole(text: str) -> str:
    """``text`` with a non-breaking space after the euro sign: an amount stays whole."""
    return text.replace("€ ", "€\u00a0")


def _paragraph(size: Any) -> Any:
    """A cell's paragraph as ``cell.text`` and then ``run.font.size`` leave it, but its text:
    one run of font ``size`` (each cell gets a copy: python-docx's adders and the size's
    conversions for every cell were most of a table's time, issue 15)."""
    p = OxmlElement("w:p")
    Font(p.add_r()).size = size
    return p


def _fill(tc: Any, text: str, paragraph: Any) -> Any:
    """Cell ``tc`` holds a copy of ``paragraph`` (:func:`_paragraph`) with ``text`` in its run
    (what ``cell.text`` and then ``run.font.size`` left); the run's font."""
    props = qn("w:tcPr")
    for child in list(tc):  # as tc.clear_content(), without its XPath query
        if child.tag != props:
            tc.remove(child)
    p = deepcopy(paragraph)
    tc.append(p)  # the last of a cell's children, as tc.add_p() puts it
    run = p[0]
    _RunContentAppender.append_to_run_from_text(run, text)  # as run.text: tabs, breaks
    return Font(run)  # the run's font, as ``Run.font`` gives it


def set_widths(table: Any, widths: list[float]) -> None:
    """Fixed column widths in cm (Word and LibreOffice both keep them: a fixed layout and
    the grid columns as well as every cell)."""
    fixed_layout(table, widths)
    cells = [_cell_width(Cm(width)) for width in widths]
    for tr in table._tbl.tr_lst:  # no merged cells: a row's cells are its w:tc elements
        for tc, props in zip(tr.tc_lst, cells, strict=True):
            _set_cell_width(tc, props)


def fixed_layout(table: Any, widths: list[float]) -> None:
    """What :func:`set_widths` sets but the cells' widths: a fixed layout, the cells' margins,
    the grid columns in ``widths`` (cm)."""
    table.autofit = False
    props = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    props.append(layout)
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(int(Cm(CELL_MARGIN).twips)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    props.append(margins)
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)


def _cell_width(width: Any) -> Any:
    """A cell's ``w:tcPr`` holding only its ``width``, as ``tc.width = width`` makes it."""
    props = OxmlElement("w:tcPr")
    props.get_or_add_tcW().width = width
    return props


def _set_cell_width(tc: Any, props: Any) -> None:
    """``tc.width = width`` (python-docx) with ``props`` from :func:`_cell_width`: a cell without
    properties gets a copy of ``props`` as its first child, where python-docx puts them (its
    search for that place through the schema's successors, for every cell, was a quarter of
    building a 60-actor map's nota under cProfile, issue 15); a cell with properties gets the
    width set as python-docx sets it (its type, then its value)."""
    own = tc.tcPr
    if own is None:
        tc.insert(0, deepcopy(props))
        return
    width = own.get_or_add_tcW()
    for name, value in props[0].items():
        width.set(name, value)


def keep_together(table: Any) -> None:
    """Keep ``table`` on one page where it fits (issue 11: the nota's scorecard broke across
    pages): no row splits (``w:cantSplit``), every row's paragraphs keep with the next row, the
    header row repeats if the table must break after all (``w:tblHeader``)."""
    for index, row in enumerate(table.rows):
        props = row._tr.get_or_add_trPr()
        props.append(OxmlElement("w:cantSplit"))
        if index == 0:
            props.append(OxmlElement("w:tblHeader"))
        last = index == len(table.rows) - 1
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = not last

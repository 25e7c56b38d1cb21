"""Tables in the advice note (python-docx): fixed column widths in which no word breaks,
shaded header cells, one font size per table. Word and LibreOffice both keep the widths.

Examples
--------
>>> fit_widths(["Naam", "Soort"], [["Gemeentesecretaris", "Bestuurder"]], total=10.0)
[5.98, 4.02]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "MARGIN",
    "TABLE_PT",
    "TEXT_WIDTH",
    "add_table",
    "fit_widths",
    "font_scale",
    "keep_together",
    "set_widths",
    "shade",
]


def shade(cell: Any, rgb: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = cell._tc.get_or_add_tcPr()
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
    from docx.shared import Pt

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
                    run.text = run.text.replace("€ ", "€\u00a0")  # an amount stays whole
                    run.font.size = Pt(TABLE_PT)
    rows = [[t.replace("€ ", "€\u00a0") for t in r] for r in rows]
    if widths is None:
        size = Pt(round(TABLE_PT * font_scale(header, rows), 1))
        for row in table.rows:
            for cell in row.cells:
                for run in (r for para in cell.paragraphs for r in para.runs):
                    run.font.size = size
    set_widths(table, widths if widths is not None else fit_widths(header, rows))
    return table


def set_widths(table: Any, widths: list[float]) -> None:
    """Fixed column widths in cm (Word and LibreOffice both keep them: a fixed layout and
    the grid columns as well as every cell)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

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
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def keep_together(table: Any) -> None:
    """Keep ``table`` on one page where it fits (issue 11: the nota's scorecard broke across
    pages): no row splits (``w:cantSplit``), every row's paragraphs keep with the next row, the
    header row repeats if the table must break after all (``w:tblHeader``)."""
    from docx.oxml import OxmlElement

    for index, row in enumerate(table.rows):
        props = row._tr.get_or_add_trPr()
        props.append(OxmlElement("w:cantSplit"))
        if index == 0:
            props.append(OxmlElement("w:tblHeader"))
        last = index == len(table.rows) - 1
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = not last

"""One description of a workbook as a reader sees it, for tests that compare two workbooks
(the report written row by row against one built in memory; the command's report against the
app's). It was written twice, with different fields (duplicates D14); this is the union.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.styles.cell_style import StyleArray

__all__ = ["described"]


def _sheet(ws: Any) -> list[object]:
    """What a reader sees of one sheet."""
    setup, props = ws.page_setup, ws.sheet_properties.pageSetUpPr
    out: list[object] = [
        ws.title,
        ws.sheet_state,
        ws.freeze_panes,
        ws.auto_filter.ref,
        str(ws.print_area),
        ws.print_title_rows,
        ws.print_title_cols,
        setup.orientation,
        setup.fitToWidth,
        setup.fitToHeight,
        setup.paperSize,
        props.fitToPage if props else None,
        sorted(str(m) for m in ws.merged_cells.ranges),
        [(str(dv.sqref), dv.formula1, dv.error) for dv in ws.data_validations.dataValidation],
        [
            (str(cf.sqref), [(r.operator, r.formula, r.dxf.fill.fgColor.rgb) for r in cf.rules])
            for cf in ws.conditional_formatting
        ],
        sorted((k, v.width) for k, v in ws.column_dimensions.items()),
        sorted((k, v.height) for k, v in ws.row_dimensions.items() if v.height),
        [(i.anchor._from.col, i.anchor._from.row, i.width, i.height) for i in ws._images],
    ]
    styles: dict[tuple[int, ...], tuple[object, ...]] = {}  # each style of the sheet read once
    for row in ws.iter_rows():
        for c in row:
            # a merged cell has no style array until one of its styles is read
            key = tuple(c._style) if c._style is not None else _NO_STYLE
            if key not in styles:
                styles[key] = _style(c)
            out.append((c.coordinate, c.value, c.data_type, *styles[key]))
    return out


_NO_STYLE = tuple(StyleArray())  # what openpyxl gives a cell without one when it is read


def _style(c: Any) -> tuple[object, ...]:
    """What a reader sees of a cell's style: a function of its style array (``c._style``, the
    indexes into the workbook's tables), so the same for every cell that shares one (issue 15,
    the suite's time: read once per array, not through openpyxl's proxies for every cell)."""
    font, align = c.font, c.alignment
    return (
        c.number_format,
        font.b,
        font.sz,
        font.color.rgb if font.color else None,
        c.fill.fgColor.rgb,
        align.vertical,
        align.horizontal,
        align.wrap_text,
        align.text_rotation,
        c.quotePrefix,
    )


def described(source: bytes | Path) -> dict[str, list[object]]:
    """Everything a reader sees of a workbook, by sheet: the sheets in order (key ``""``), each
    sheet's states and print settings, merged cells, drop-downs, conditional formats, widths,
    heights and pictures' places, every cell's value, type and style; and the pictures' bytes
    (key ``"media"``). Two workbooks that compare equal read the same."""
    data = source if isinstance(source, bytes) else source.read_bytes()
    wb = load_workbook(io.BytesIO(data))
    out: dict[str, list[object]] = {"": [tuple(wb.sheetnames)]}
    out.update({ws.title: _sheet(ws) for ws in wb.worksheets})
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        media = [n for n in z.namelist() if n.startswith("xl/media/")]
        out["media"] = [*sorted(hashlib.sha1(z.read(n)).hexdigest() for n in media)]
    return out

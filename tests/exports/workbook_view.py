"""One description of a workbook as a reader sees it, for tests that compare two workbooks
(the report written row by row against one built in memory; the command's report against the
app's). It was written twice, with different fields (duplicates D14); this is the union.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.styles.cell_style import StyleArray

__all__ = ["described", "parts"]


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


_DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')
_STYLED = re.compile(rb' s="(\d+)"')  # a cell's or a row's cell format, by number
_CELL_FORMATS = re.compile(rb"<cellXfs[^>]*>(.*?)</cellXfs>", re.S)
_FORMAT = re.compile(rb"<xf\b[^>]*/>|<xf\b.*?</xf>", re.S)
_TIMES = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*")


def parts(source: bytes) -> dict[str, bytes]:
    """Every part of a workbook as written, by name, with only what two writers of the same
    workbook may number or time differently made equal: the numbering of the cell formats
    (each ``s="N"`` becomes the format's own XML; the formats' table becomes its sorted
    entries), a sheet's ``<dimension>`` (openpyxl's write-only writer leaves it out) and the
    times the file was created and saved. Two workbooks whose parts compare equal hold the same
    bytes in every other respect: a stricter comparison than :func:`described` and, for a big
    workbook, five times faster than reading it with openpyxl (issue 15, the suite's time)."""
    with zipfile.ZipFile(io.BytesIO(source)) as z:
        raw = {name: z.read(name) for name in z.namelist()}
    styles = raw.get("xl/styles.xml", b"")
    table = _CELL_FORMATS.search(styles)
    formats = _FORMAT.findall(table.group(1)) if table else []
    out: dict[str, bytes] = {}
    for name, data in raw.items():
        if name == "xl/styles.xml" and table:
            data = b"".join((styles[: table.start(1)], *sorted(formats), styles[table.end(1) :]))
        elif name.startswith("xl/worksheets/"):
            data = _STYLED.sub(lambda m: b' s="' + formats[int(m.group(1))] + b'"', data)
            data = _DIMENSION.sub(b"", data)
        elif name == "docProps/core.xml":
            data = _TIMES.sub(rb"\1", data)
        out[name] = data
    return out

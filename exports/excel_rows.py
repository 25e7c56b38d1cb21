"""Sheets written row by row, top to bottom, as openpyxl's write-only mode needs them.

The report of a 10,000-actor map holds about 800,000 cells; kept as openpyxl cells they took
some 200 MB until the workbook was saved (issue 14, new user 16, U1). Written row by row into a
write-only workbook, a row's cells go to a temporary file as soon as the row is appended. The
same writers also fill an ordinary workbook (:func:`exports.excel_report.build_report`), so a
test can read the workbook before it is saved.

What write-only mode asks, and :class:`SheetRows` keeps to: column widths, frozen panes and the
sheet's print properties are set before the first row; a row's height before that row; merged
cells, filters, drop-downs, conditional formats and pictures may follow the rows. What the
positional writers did after the fact is done per row here: every cell of the first
:data:`exports.excel_style.ALIGN_ROWS` rows sits at the top of its row (as
:func:`exports.excel_style.align_top` does, cells a row leaves empty included), and a table's
widths come from its first 2,000 rows (as :func:`exports.excel_style.finish_table` does).
"""

from __future__ import annotations

import contextlib
import datetime
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from exports.excel_style import ALIGN_ROWS, HEADER_FILL, fill, print_fit, text_height
from exports.safety import CELL_LIMIT, clean_text, needs_quote, write_cell

__all__ = ["HEADER", "PLAIN", "Look", "SheetRows", "discard", "merge", "table"]

_WIDTH_ROWS = 2_000  # a table's widths come from this many rows (as finish_table's)
_FIT_ROWS = 5_000  # rows are grown for wrapped text only in tables up to this many rows


@dataclass(frozen=True, slots=True)
class Look:
    """A cell's font, fill, alignment and number format (None: openpyxl's default)."""

    font: Any = None
    fill: Any = None
    alignment: Any = None
    number_format: str | None = None


PLAIN = Look()


def _header() -> Look:
    return Look(
        Font(bold=True, color="FFFFFF"),
        fill(HEADER_FILL),
        Alignment(vertical="center", wrap_text=True),
    )


HEADER = _header()  # bold white on dark blue, wrapped: :func:`exports.excel_style.style_header`


class SheetRows:
    """Rows appended to ``ws`` in order; ``width`` is the sheet's widest row (the first rows
    are filled out to it with empty top-aligned cells, as ``align_top`` left them)."""

    def __init__(self, ws: Any, width: int = 0) -> None:
        self.ws = ws
        self.width = width
        self.max_row = 0
        self.max_column = 0
        self._styles: dict[tuple[Look, bool], Any] = {}
        if isinstance(ws, WriteOnlyWorksheet):
            ws._values_to_row = _cells_as_given(ws)  # shadows the method: see there

    def _style(self, look: Look, topped: bool) -> Any:
        """The style array of ``look`` (top-aligned when ``topped`` and it sets no vertical
        alignment), made once per sheet."""
        key = (look, topped)
        found = self._styles.get(key)
        if found is None:
            probe = Cell(self.ws)
            if look.font is not None:
                probe.font = look.font
            if look.fill is not None:
                probe.fill = look.fill
            if look.number_format is not None:
                probe.number_format = look.number_format
            align = look.alignment
            if topped and (align is None or align.vertical is None):
                align = Alignment(
                    horizontal=getattr(align, "horizontal", None),
                    wrap_text=getattr(align, "wrap_text", None),
                    shrink_to_fit=getattr(align, "shrink_to_fit", None),
                    indent=getattr(align, "indent", 0),
                    text_rotation=getattr(align, "text_rotation", 0),
                    vertical="top",
                )
            if align is not None:
                probe.alignment = align
            found = self._styles[key] = probe._style or StyleArray()
        return found

    def append(
        self,
        values: Sequence[object],
        looks: Mapping[int, Look] | None = None,
        *,
        height: float | None = None,
        skip: Iterable[int] = (),
    ) -> None:
        """The next row: ``values`` from column A, ``looks`` by column number, no cell in the
        columns ``skip`` (the hidden part of a merged cell)."""
        row = self.max_row + 1
        if row == 1:
            self._widths()
        topped = row <= ALIGN_ROWS
        last = len(values)
        end = max(last, self.width) if topped else last
        skipped = set(skip)
        cells: list[object] = []
        for col in range(1, end + 1):
            value = values[col - 1] if col <= last else None
            look = looks.get(col, PLAIN) if looks else PLAIN
            if col in skipped or (value is None and look is PLAIN and not topped):
                cells.append(None)
                continue
            if look is PLAIN and not topped and _as_is(value):
                cells.append(value)  # openpyxl makes the same cell of it, without ours
                continue
            cell = Cell(self.ws, row=row, column=col)
            cell._style = StyleArray(self._style(look, topped))
            write_cell(cell, value)
            cells.append(cell)
        if height is not None:
            self.ws.row_dimensions[row].height = height
        self.ws.append(cells)
        self.max_row = row
        self.max_column = max(self.max_column, last)

    def _widths(self) -> None:
        """Before the first row: the columns :func:`exports.excel_style.paginate` will count
        get openpyxl's default width written out, as in a workbook paginated after its rows
        (a column of no width of ours is 13 characters wide there, not Excel's 8.43)."""
        props = self.ws.sheet_properties.pageSetUpPr
        if props is None or not props.fitToPage or self.ws.page_setup.fitToHeight == 1:
            return
        for col in range(1, self.width + 1):
            _ = self.ws.column_dimensions[get_column_letter(col)]

    def blank(self) -> None:
        """An empty row (filled out with top-aligned cells among the first rows)."""
        self.append([])


def _cells_as_given(ws: Any) -> Callable[[Sequence[object], int], Iterator[Any]]:
    """openpyxl's conversion of a write-only sheet's row to cells
    (``WriteOnlyWorksheet._values_to_row``) without its detour for a cell given whole: it
    tries the cell as a value first and builds the error message it then catches (the cell's
    repr, coordinate and all), a fifth of the time of a report's rows (issue 15). A cell given
    goes to the writer as it is, any other value in a WriteOnlyCell of its own (openpyxl
    reuses one; the same value binding), both placed at ``row_idx`` and their column."""

    def cells(values: Sequence[object], row_idx: int) -> Iterator[Any]:
        for col, value in enumerate(values, 1):
            if value is None:
                continue
            cell = value if isinstance(value, Cell) else WriteOnlyCell(ws, value)
            cell.column = col
            cell.row = row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell

    return cells


def _as_is(value: object) -> bool:
    """Whether openpyxl, given ``value`` itself, writes what :func:`write_cell` would: a
    number, a date, or text that is clean, short enough and no formula."""
    if isinstance(value, str):
        return len(value) <= CELL_LIMIT and not needs_quote(value) and clean_text(value) == value
    return isinstance(value, (int, float, datetime.date))


# What closing a half-written sheet's row and XML streams can raise: the temporary file
# (OSError), the stream generators (RuntimeError once one has finished), and lxml's
# incremental writer left inside an element (its LxmlSyntaxError is a SyntaxError; openpyxl
# writes with lxml, which python-docx needs anyway), or ValueError. A bug of ours (a TypeError,
# an AttributeError) is not among them (rev-code18 N7).
_CLOSE_ERRORS = (OSError, RuntimeError, ValueError, SyntaxError)


def discard(wb: Any) -> None:
    """Close a write-only workbook that will not be saved, and remove its temporary files."""
    import os

    for ws in wb.worksheets:
        for closing in (
            getattr(ws, "_rows", None),
            getattr(getattr(ws, "_writer", None), "xf", None),
        ):
            if closing is not None:
                with contextlib.suppress(*_CLOSE_ERRORS):
                    closing.close()
        out = getattr(getattr(ws, "_writer", None), "out", None)
        if isinstance(out, str):
            with contextlib.suppress(OSError):
                os.remove(out)


def merge(ws: Any, ref: str) -> None:
    """Merge the cells of ``ref`` (an ordinary or a write-only sheet)."""
    if hasattr(ws, "merge_cells"):
        ws.merge_cells(ref)
    else:
        ws.merged_cells.add(ref)


def _shown(value: object) -> str:
    """The first line of what a cell shows of ``value`` (for a column's width)."""
    text = clean_text(value) if isinstance(value, str) else str(value)
    return text.split("\n", 1)[0]


def table(
    rows: SheetRows,
    headers: Sequence[str],
    widths: Sequence[int],
    data: Iterable[tuple[Sequence[object], Mapping[int, Look]]],
    *,
    total: int,
    freeze: str = "B2",
    fixed: Mapping[int, Any] | None = None,
    beside: Sequence[Sequence[object]] = (),
) -> int:
    """A table from A1 (what :func:`exports.excel_style.finish_table` made of one): header
    style, frozen panes, filter, print settings, column widths from the first 2,000 rows up to
    ``max(widths[i], 30)`` characters, longer text wrapped and its rows grown (tables of up to
    5,000 rows). ``total`` is the number of data rows; ``fixed`` an alignment per column that
    replaces the wrapping; ``beside`` rows written two columns right of the table (the first
    one a header; its first column 28 wide). Returns the number of data rows written."""
    ws = rows.ws
    ws.freeze_panes = freeze
    print_fit(ws)
    ws.print_title_rows = "1:1"
    it = iter(data)
    first = list(itertools.islice(it, _WIDTH_ROWS))
    wrapped: dict[int, float] = {}
    for i, header in enumerate(headers, start=1):
        cap = max(widths[i - 1] if widths else 30, 30)
        content = max(
            (len(_shown(v[i - 1])) for v, _ in first if len(v) >= i and v[i - 1] is not None),
            default=0,
        )
        width = max(len(str(header)) + 3, min(content + 2, cap), 8)
        ws.column_dimensions[get_column_letter(i)].width = width
        if content > cap:
            wrapped[i] = width
    side = len(headers) + 2
    if beside:
        ws.column_dimensions[get_column_letter(side)].width = 28
        rows.width = max(rows.width, side + max(len(b) for b in beside) - 1)
    if total + 1 > _FIT_ROWS:
        wrapped = {}
    wrap = Alignment(wrap_text=True, vertical="top")
    extra = [list(b) for b in beside]
    gap = [None] * (side - 1 - len(headers))
    beside_looks = dict.fromkeys(range(side, side + max(map(len, extra), default=0)), HEADER)

    def joined(
        values: Sequence[object], looks: Mapping[int, Look], first_row: bool
    ) -> tuple[list[object], Mapping[int, Look]]:
        if not extra:
            return list(values), looks
        more = extra.pop(0)
        return [*values, *gap[: side - 1 - len(values)], *more], (
            {**looks, **beside_looks} if first_row else looks
        )

    rows.append(*joined(list(headers), dict.fromkeys(range(1, len(headers) + 1), HEADER), True))
    count = 0
    for values, looks in itertools.chain(first, it):
        count += 1
        height: float = 15.0
        if wrapped or fixed:
            looks = dict(looks)
            for col, shown in wrapped.items():
                value = values[col - 1] if col <= len(values) else None
                if isinstance(value, str) and len(clean_text(value)) > shown:
                    if not fixed or col not in fixed:
                        looks[col] = replace(looks.get(col, PLAIN), alignment=wrap)
                    height = max(height, text_height(clean_text(value), shown))
            for col, align in (fixed or {}).items():
                looks[col] = replace(looks.get(col, PLAIN), alignment=align)
        rows.append(*joined(values, looks, False), height=height if height > 15.0 else None)
    while extra:
        rows.append(*joined([None] * len(headers), {}, False))
    last = get_column_letter(max(len(headers), 1))
    ws.auto_filter.ref = f"A1:{last}{max(count + 1, 2)}"
    return count

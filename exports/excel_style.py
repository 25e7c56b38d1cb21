"""Shared styling of the report workbook: header rows, widths, filters, dropdown lists."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from exports.safety import write_cell
from models.i18n import Lang
from models.labels import label

__all__ = [
    "FILLS",
    "add_dropdown",
    "fill",
    "finish_table",
    "style_header",
    "write_row",
]

HEADER_FILL = "1F3864"
FILLS = {"red": "E74C3C", "amber": "F5B041", "green": "58D68D"}


def fill(colour: str) -> Any:
    """A solid fill of ``#RRGGBB`` or ``RRGGBB``."""
    from openpyxl.styles import PatternFill

    rgb = colour.lstrip("#").upper()
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def write_row(ws: Any, row: int, values: Sequence[object], start: int = 1) -> None:
    """Write ``values`` into ``row`` safely (text never becomes a formula)."""
    for offset, value in enumerate(values):
        write_cell(ws.cell(row=row, column=start + offset), value)


def style_header(ws: Any, row: int, count: int, start: int = 1) -> None:
    """Bold white text on dark blue, wrapped, for a header row."""
    from openpyxl.styles import Alignment, Font

    for col in range(start, start + count):
        cell = ws.cell(row=row, column=col)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEADER_FILL)
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def finish_table(
    ws: Any, headers: Sequence[str], widths: Sequence[int] | None = None, freeze: str = "B2"
) -> None:
    """Header style, frozen panes, autofilter and column widths for a table from A1."""
    from openpyxl.utils import get_column_letter

    style_header(ws, 1, len(headers))
    ws.freeze_panes = freeze
    last = get_column_letter(max(len(headers), 1))
    ws.auto_filter.ref = f"A1:{last}{max(ws.max_row, 2)}"
    for i, header in enumerate(headers, start=1):
        width = widths[i - 1] if widths else max(10, min(50, len(str(header)) + 4))
        ws.column_dimensions[get_column_letter(i)].width = max(width, len(str(header)) + 3)


def add_dropdown(
    ws: Any, column: int, lists_ws: Any, enum: type[StrEnum], lang: Lang, rows: int
) -> None:
    """A dropdown of ``enum``'s labels on ``column`` (rows 2..rows), listed on ``lists_ws``."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    # one column per enum on the hidden list sheet, found or appended
    list_col = None
    for col in range(1, lists_ws.max_column + 1):
        if lists_ws.cell(row=1, column=col).value == enum.__name__:
            list_col = col
            break
    if list_col is None:
        list_col = lists_ws.max_column + 1 if lists_ws.cell(row=1, column=1).value else 1
        lists_ws.cell(row=1, column=list_col).value = enum.__name__
        for i, member in enumerate(enum, start=2):
            write_cell(lists_ws.cell(row=i, column=list_col), label(member, lang))
    letter = get_column_letter(list_col)
    count = len(list(enum))
    ref = f"'{lists_ws.title}'!${letter}$2:${letter}${count + 1}"
    validation = DataValidation(type="list", formula1=f"={ref}", allow_blank=True)
    validation.error = "Kies een waarde uit de lijst" if lang == "nl" else "Pick a value"
    validation.showErrorMessage = False  # a warning-free hint; the importer also reads synonyms
    target = get_column_letter(column)
    validation.add(f"{target}2:{target}{rows}")
    ws.add_data_validation(validation)

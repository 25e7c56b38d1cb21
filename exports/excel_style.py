"""Shared styling of the report workbook: header rows, widths, filters, dropdown lists."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from exports.safety import write_cell
from models.i18n import Lang

__all__ = [
    "FILLS",
    "LIST_TITLES",
    "align_top",
    "dropdown",
    "fill",
    "finish_table",
    "fit_rows",
    "list_title",
    "paginate",
    "print_fit",
    "style_header",
    "text_height",
    "write_row",
]

HEADER_FILL = "1F3864"
FILLS = {"red": "E74C3C", "amber": "F5B041", "green": "58D68D", "grey": "BDBDBD"}


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


def text_height(text: object, width: float, line: float = 15.0, limit: float = 409.0) -> float:
    """A row height (points) that shows ``text`` wrapped in a column ``width`` characters wide.

    Excel does not grow rows for wrapped text written by a program; LibreOffice only
    sometimes. Estimated from the characters per line.
    """
    if not isinstance(text, str) or not text:
        return line
    per_line = max(int(width * 0.95), 10)
    lines = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
    return min(limit, max(line, lines * line))


def fit_rows(ws: Any, columns: Sequence[tuple[int, float]], first: int = 2) -> None:
    """Grow each row from ``first`` to fit the wrapped text of ``columns`` (index, width)."""
    from openpyxl.styles import Alignment

    for row in range(first, ws.max_row + 1):
        height = 15.0
        for col, width in columns:
            cell = ws.cell(row=row, column=col)
            if isinstance(cell.value, str) and len(cell.value) > width:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                height = max(height, text_height(cell.value, width))
        if height > 15.0:
            ws.row_dimensions[row].height = height


ALIGN_ROWS = 5_000  # beyond this rows keep Excel's default height, so alignment shows no gap


def align_top(wb: Any, max_rows: int = ALIGN_ROWS) -> None:
    """Align every cell of every sheet to the top, keeping its other alignment settings.

    Excel puts a cell without alignment at the *bottom* of its row, while wrapped cells sit at
    the top: in a row made tall by a long note the id and name then look like part of the row
    above. Cells that chose a vertical alignment (headers: centre) keep it. The alignment is
    looked up once per distinct style instead of once per cell (thousands of rows).
    """
    from openpyxl.styles import Alignment
    from openpyxl.styles.cell_style import StyleArray

    alignments = wb._alignments
    topped: dict[int, int] = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, max_rows)):
            for cell in row:
                if not hasattr(cell, "_style"):
                    continue  # a merged cell's hidden part
                if cell._style is None:
                    cell._style = StyleArray()
                old = cell._style.alignmentId
                if old not in topped:
                    current = alignments[old]
                    if current.vertical is None:
                        new = Alignment(
                            horizontal=current.horizontal,
                            wrap_text=current.wrap_text,
                            shrink_to_fit=current.shrink_to_fit,
                            indent=current.indent,
                            text_rotation=current.text_rotation,
                            vertical="top",
                        )
                        topped[old] = alignments.add(new)
                    else:
                        topped[old] = old
                cell._style.alignmentId = topped[old]


def print_fit(ws: Any, landscape: bool = True, pages_down: int = 0) -> None:
    """Print on A4, as wide as the page, ``pages_down`` pages high (0: as many as needed),
    headers repeated."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = pages_down
    ws.page_setup.paperSize = "9"  # A4 (Worksheet.PAPERSIZE_A4; a write-only sheet has none)
    ws.page_setup.orientation = "landscape" if landscape else "portrait"


#: The widest a printed page may be, in Excel's character widths, before a sheet prints on
#: more than one page across: A4 landscape holds about 150 at 100 %; beyond ~190 the text
#: would print below 8 pt (new user, fourth round, 11: the report printed unreadably small).
PAGE_CHARS = {"landscape": 190.0, "portrait": 125.0}


def paginate(wb: Any, sizes: Mapping[str, tuple[int, int]] | None = None) -> None:
    """For every sheet fitted to the page: the print area is the used range, and a sheet
    wider than a page can print readably goes over as many pages across as it needs (rows
    repeated), landscape when it is wider than portrait holds. ``sizes`` gives the rows and
    columns of sheets that cannot say (write-only ones), by title."""
    from openpyxl.utils import get_column_letter

    for ws in wb.worksheets:
        props = ws.sheet_properties.pageSetUpPr
        if ws.sheet_state != "visible" or props is None or not props.fitToPage:
            continue
        if ws.page_setup.fitToHeight == 1:  # one picture on one page (the map)
            continue
        max_row, max_column = (sizes or {}).get(ws.title) or (ws.max_row, ws.max_column)
        columns = max(max_column, 1)
        total = sum(
            ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(1, columns + 1)
        )
        if ws.page_setup.orientation == "portrait" and total > PAGE_CHARS["portrait"]:
            ws.page_setup.orientation = "landscape"
        room = PAGE_CHARS[ws.page_setup.orientation or "landscape"]
        ws.page_setup.fitToWidth = max(1, math.ceil(total / room))
        if ws.page_setup.fitToWidth > 1 and ws.print_title_rows:  # the id on every page
            ws.print_title_cols = "A:A"
        ws.print_area = f"A1:{get_column_letter(columns)}{max(max_row, 1)}"


def finish_table(
    ws: Any, headers: Sequence[str], widths: Sequence[int] | None = None, freeze: str = "B2"
) -> None:
    """Header style, frozen panes, autofilter and column widths for a table from A1.

    A column is as wide as its content (first 2,000 rows) up to ``max(widths[i], 30)``
    characters; long text wraps within that width.
    """
    from openpyxl.utils import get_column_letter

    style_header(ws, 1, len(headers))
    ws.freeze_panes = freeze
    print_fit(ws)
    ws.print_title_rows = "1:1"
    last = get_column_letter(max(len(headers), 1))
    ws.auto_filter.ref = f"A1:{last}{max(ws.max_row, 2)}"
    wrapped: list[tuple[int, float]] = []
    for i, header in enumerate(headers, start=1):
        cap = max(widths[i - 1] if widths else 30, 30)
        content = 0
        for (value,) in ws.iter_rows(
            min_row=2, max_row=min(ws.max_row, 2001), min_col=i, max_col=i, values_only=True
        ):
            if value is not None:
                text = value if isinstance(value, str) else str(value)
                content = max(content, len(text.split("\n", 1)[0]))
        width = max(len(str(header)) + 3, min(content + 2, cap), 8)
        ws.column_dimensions[get_column_letter(i)].width = width
        if content > cap:
            wrapped.append((i, width))
    if wrapped and ws.max_row <= 5_000:
        fit_rows(ws, wrapped)


#: Headers of the hidden list sheet, per enum: (English, Dutch).
LIST_TITLES: dict[str, tuple[str, str]] = {
    "ActorKind": ("Actor kind", "Soort actor"),
    "Sphere": ("Sphere", "Sfeer"),
    "RelationKind": ("Relationship kind", "Soort relatie"),
    "Practice": ("Practice", "Werkpraktijk"),
    "Power": ("Power", "Bevoegdheid"),
    "Instrument": ("Instrument", "Instrument"),
    "Scope": ("Scope", "Reikwijdte"),
    "Urgency": ("Urgency", "Urgentie"),
    "OrganisationKind": ("Organisation kind", "Soort organisatie"),
    "PowerCategory": ("Power category", "Soort bevoegdheid"),
    "RuleType": ("Kind of rule", "Soort regel"),
    "MandateRule": ("Mandate rule", "Mandaatregel"),
    "PowerAct": ("Kind of act", "Soort handeling"),
    "AgreementKind": ("Agreement kind", "Soort afspraak"),
}


def list_title(enum: type[StrEnum], lang: Lang) -> str:
    """The header of ``enum``'s column on the list sheet, in ``lang``."""
    en, nl = LIST_TITLES.get(enum.__name__, (enum.__name__, enum.__name__))
    return nl if lang == "nl" else en


def dropdown(
    ws: Any, column: int, lists_title: str, list_col: int, count: int, lang: Lang, rows: int
) -> None:
    """A dropdown on ``column`` (rows 2..rows) of the ``count`` values listed in column
    ``list_col`` of the sheet ``lists_title`` (from its row 2)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    letter = get_column_letter(list_col)
    ref = f"'{lists_title}'!${letter}$2:${letter}${count + 1}"
    validation = DataValidation(type="list", formula1=f"={ref}", allow_blank=True)
    validation.error = "Kies een waarde uit de lijst" if lang == "nl" else "Pick a value"
    validation.showErrorMessage = False  # a warning-free hint; the importer also reads synonyms
    target = get_column_letter(column)
    validation.add(f"{target}2:{target}{rows}")
    ws.data_validations.append(validation)  # ws.add_data_validation: not on write-only sheets

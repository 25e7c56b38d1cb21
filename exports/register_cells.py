"""What a read-only workbook does not tell about a register sheet: merged cells and formulas
without a stored result.

openpyxl's read-only mode (the one :func:`exports.safety.open_workbook` uses, so large files
stay cheap) neither lists merged ranges nor says that an empty value is a formula whose
result was never stored (a file written by a script or a tool that does not compute). Both
matter in a register: a power merged over its mandate rows is the usual layout, and a formula
cell read as empty would be reported as "empty". This module reads the two facts from the
sheet's XML (already checked by :mod:`exports.safety`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from openpyxl.utils.cell import column_index_from_string, range_boundaries

from exports.errors import Problems, SheetProblem, problem
from exports.register_columns import COLUMNS, REQUIRED, header_map
from exports.register_values import DateCellNumber, text_of

__all__ = [
    "Merged",
    "SheetFacts",
    "check_header",
    "fill_merged",
    "merged_problems",
    "missing_columns",
    "partial_header",
    "rows_with_date_numbers",
    "sheet_facts",
]

Rows = list[tuple[int, tuple[object, ...]]]
Merged = list[tuple[int, int, int, int]]
#: merged ranges (min column, min row, max column, max row) and formula cells without a value
SheetFacts = tuple[list[tuple[int, int, int, int]], set[tuple[int, int]]]

# openpyxl's warning for a date-formatted cell whose number no date can hold (it reads #VALUE!)
_DATE_WARNING = re.compile(r"Cell ([A-Z]+)([0-9]+) is marked as a date but the serial value (\S+)")


def rows_with_date_numbers(ws: Any) -> Rows:
    """The rows of ``ws`` (:func:`exports.excel_import.rows_of`), with the number put back in a
    date-formatted cell that openpyxl read as ``#VALUE!`` (its warning caught, not printed;
    hostile review 6, C6), as a :class:`DateCellNumber` that the date column names."""
    import warnings

    from exports.excel_import import rows_of

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows = list(rows_of(ws))
    numbers: dict[tuple[int, int], DateCellNumber] = {}
    for w in caught:
        if (m := _DATE_WARNING.search(str(w.message))) is not None:
            try:
                numbers[int(m[2]), column_index_from_string(m[1]) - 1] = DateCellNumber(m[3])
            except ValueError:
                continue
    if not numbers:
        return rows
    return [(n, tuple(numbers.get((n, i), v) for i, v in enumerate(cells))) for n, cells in rows]


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_REF = re.compile(rb'\br="([A-Z]+)([0-9]+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]+</")


def sheet_facts(wb: Any, ws: Any) -> SheetFacts:
    """The merged ranges and the formula cells without a stored value of ``ws``, a worksheet
    of the read-only workbook ``wb``; nothing when the XML cannot be reached."""
    try:
        xml: bytes = wb._archive.read(ws._worksheet_path)
    except (AttributeError, KeyError, OSError):
        return [], set()
    merged: list[tuple[int, int, int, int]] = []
    for match in _MERGE.finditer(xml):
        bounds = range_boundaries(match[1].decode("ascii"))
        if None not in bounds:
            merged.append(bounds)
    formulas: set[tuple[int, int]] = set()
    if _FORMULA.search(xml) is not None:
        for cell in _CELL.finditer(xml):
            body = cell[2] or b""
            ref = _REF.search(cell[1])
            if ref is None or _FORMULA.search(body) is None or _VALUE.search(body) is not None:
                continue
            formulas.add((int(ref[2]), column_index_from_string(ref[1].decode("ascii"))))
    return merged, formulas


def fill_merged(rows: Rows, merged: Merged, *, across: bool = True) -> Rows:
    """``rows`` with every empty cell of a merged range given the range's top-left value, as
    the reader of the sheet sees it. ``across=False``: a range over several columns fills its
    first column only (a register: a value merged across columns belongs to one of them, and
    spreading it made up the others; hostile review 5, C7)."""
    if not across:
        merged = [(low, top, low, bottom) for low, top, _high, bottom in merged]
    if not merged:
        return rows
    by_number = {number: list(cells) for number, cells in rows}
    for min_col, min_row, max_col, max_row in merged:
        top = by_number.get(min_row, [])
        value = top[min_col - 1] if min_col - 1 < len(top) else None
        if value is None:
            continue
        for number in range(min_row, max_row + 1):
            cells = by_number.get(number)
            if cells is None:
                continue
            for column in range(min_col, max_col + 1):
                if column - 1 >= len(cells):
                    cells.extend([None] * (column - len(cells)))
                if cells[column - 1] is None:
                    cells[column - 1] = value
    return [(number, tuple(by_number[number])) for number, _ in rows]


def merged_problems(
    merged: Merged, header_row: int, header: Sequence[object], sheet: str
) -> tuple[list[SheetProblem], list[SheetProblem]]:
    """The errors and warnings for ranges merged across columns of a register (C7, C8): a
    header merged over several columns hides every header but the first (an error: unmerge
    it); a row's cells merged across columns are read in their first column only (a warning,
    or an error when the range covers the power, grantor or holder column after its first:
    spreading the value made up an actor named after a power)."""
    from openpyxl.utils import get_column_letter

    errors: list[SheetProblem] = []
    warnings: list[SheetProblem] = []
    for low, top, high, bottom in merged:
        if low == high:
            continue
        cells = f"{get_column_letter(low)}{top}:{get_column_letter(high)}{bottom}"
        first = get_column_letter(low)
        if top <= header_row <= bottom:
            errors.append(
                problem("register_merged_header", sheet=sheet, row=header_row, cells=cells)
            )
            continue
        name = text_of(header[low - 1]) if low - 1 < len(header) else ""
        found = header_map(header)
        # an error when the merge swallows a column a mandate needs (the row cannot be read)
        needed = any(found[i].key in REQUIRED for i in range(low, high) if i in found)
        (errors if needed else warnings).append(
            problem(
                "register_merged_across",
                sheet=sheet,
                row=top,
                column=name or first,
                cells=cells,
                first=first,
            )
        )
    return errors, warnings


def partial_header(rows: Rows, look: int = 15) -> tuple[int, set[str]] | None:
    """The first row of the first ``look`` that holds the most of the required register
    headers (not all: :func:`exports.register_columns.find_header` found none), and the
    required keys it holds; None when no row holds any (hostile review 5, C9)."""
    best: tuple[int, set[str]] | None = None
    for count, (number, cells) in enumerate(rows):
        if count >= look:
            break
        keys = {c.key for c in header_map(cells).values()} & set(REQUIRED)
        if keys and (best is None or len(keys) > len(best[1])):
            best = (number, keys)
    return best


def missing_columns(sheet: str, row: int, keys: set[str]) -> SheetProblem:
    """The problem for a header row that lacks required columns: which it has, which not."""
    have = [c for c in COLUMNS if c.key in keys]
    lack = [c for c in COLUMNS if c.key in REQUIRED and c.key not in keys]
    return problem(
        "register_missing_column",
        sheet=sheet,
        row=row,
        have_en=" and ".join(c.en for c in have),
        have_nl=" en ".join(c.nl for c in have),
        lack_en=" and ".join(f"{c.en} ({c.nl})" for c in lack),
        lack_nl=" en ".join(f"{c.nl} ({c.en})" for c in lack),
    )


def check_header(source: str, sheet: str, number: int, cells: Sequence[object]) -> None:
    """Refuse a header row naming one register column twice: only one of them could be read,
    so the other column's cells would vanish without a word."""
    from openpyxl.utils import get_column_letter

    problems = Problems(source)
    first: dict[str, int] = {}
    for index, cell in enumerate(cells):
        found = header_map([cell]).get(0)
        if found is None:
            continue
        if found.key in first:
            problems.error(
                "register_header_twice",
                sheet=sheet,
                row=number,
                column=get_column_letter(index + 1),
                first=get_column_letter(first[found.key] + 1),
                name=f"{found.nl} / {found.en}",
            )
        else:
            first[found.key] = index
    problems.raise_if_errors()

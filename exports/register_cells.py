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
from typing import Any

from openpyxl.utils.cell import column_index_from_string, range_boundaries

__all__ = ["SheetFacts", "fill_merged", "sheet_facts"]

Rows = list[tuple[int, tuple[object, ...]]]
#: merged ranges (min column, min row, max column, max row) and formula cells without a value
SheetFacts = tuple[list[tuple[int, int, int, int]], set[tuple[int, int]]]

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


def fill_merged(rows: Rows, merged: list[tuple[int, int, int, int]]) -> Rows:
    """``rows`` with every empty cell of a merged range given the range's top-left value, as
    the reader of the sheet sees it."""
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

"""Importing a mandate register (.xlsx or .csv) into a map: powers and mandates.

The first sheet with a header row naming at least the power, the grantor and the holder (in
Dutch or English, synonyms accepted: :mod:`exports.register_columns`) is read, one mandate
per row. Actors are matched by name (any case); a name that is not on the map becomes a new
actor with a located warning (a body named as holding the power is created as a public
body). A power is matched by name; a new name becomes a new power, also with a warning. A
row that names only a power (no grantor, no holder) adds or checks that power alone. A row
that repeats a mandate already on the map or in an earlier row (same grantor, holder, power,
instrument and start date) is skipped with a warning when it says the same, so importing a
register twice adds nothing; when it gives another amount, condition, end date or other
field, that is an error naming both values (nothing is dropped unseen).

Every problem names the file, the sheet, the row and the column. On any error nothing is
added: the map given is never changed; :class:`RegisterImport` holds a copy with the
additions and the list of what was added, for the caller to apply (as one undo step in the
app, by saving in the command line).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from exports.errors import ImportFileError, problem
from exports.register_columns import (
    COLUMNS,
    REQUIRED,
    find_header,
)
from exports.register_reader import RegisterImport, RowReader
from exports.safety import refuse_blank
from models.case import Case
from models.entities import CaseInfo
from models.errors import Problem

if TYPE_CHECKING:
    from exports.register_cells import Merged

__all__ = ["RegisterImport", "read_register"]

# --------------------------------------------------------------------------- reading
_Found = tuple[str, list[tuple[int, tuple[object, ...]]], set[tuple[int, int]], "Merged"]


def _sheet_rows(path: Path, near: list[tuple[str, int, set[str]]]) -> _Found | None:
    """The sheet (or file) name and the rows of the first sheet that holds a register (merged
    cells filled with their range's value, down their first column), its formula cells
    without a stored value and its merged ranges. None: no sheet holds a register; ``near``
    then gets each sheet's row with the most of the required headers."""
    from exports.register_cells import partial_header

    if path.suffix.lower() == ".csv":
        from exports.csv_io import csv_records

        records, _warnings = csv_records(path)
        header = next((tuple(r) for r in records if r), ())
        rows = [(1, tuple[object, ...](header))]
        rows += [(i + 2, tuple(r.get(h) for h in header)) for i, r in enumerate(records)]
        if find_header(rows) is not None:
            return path.name, rows, set(), []
        if (part := partial_header(rows)) is not None:
            near.append((path.name, *part))
        return None
    from exports.excel_import import is_report
    from exports.register_cells import fill_merged, rows_with_date_numbers, sheet_facts
    from exports.safety import DAMAGED_XLSX, damaged_workbook, is_continued, open_workbook

    wb = open_workbook(path)
    sheet = ""  # the sheet being read, for the message when its XML turns out damaged
    try:
        if is_report(wb):  # our own report has a mandates sheet too: read, it doubles them
            raise ImportFileError([problem("register_is_report")], str(path))
        for ws in wb.worksheets:
            if is_continued(ws.title):
                continue
            sheet = ws.title
            rows = rows_with_date_numbers(ws)  # C6: a date cell openpyxl cannot read
            if find_header(rows) is not None:
                merged, formulas = sheet_facts(wb, ws)
                return ws.title, fill_merged(rows, merged, across=False), formulas, merged
            if (part := partial_header(rows)) is not None:
                near.append((ws.title, *part))
    except DAMAGED_XLSX as exc:
        # openpyxl (read-only) parses a sheet only when it is read: damage shows here. Only
        # what openpyxl, zipfile or the XML parser raised is file damage (named by its
        # cause); an exception from our own code is raised again (damaged_workbook)
        raise damaged_workbook(exc, str(path), sheet) from None
    finally:
        wb.close()
    return None


def read_register(path: str | os.PathLike[str], into: Case | None = None) -> RegisterImport:
    """Read the register at ``path`` into a copy of ``into`` (an empty map when None).

    Raises :class:`ImportFileError` listing every problem by sheet, row and column; the map
    given is never changed.
    """
    file = Path(path)
    if file.suffix.lower() not in (".xlsx", ".csv"):
        suffix = file.suffix or "(none)"
        raise ImportFileError(
            [problem("unknown_format", suffix=suffix, choices=".xlsx .csv")], str(file)
        )
    refuse_blank(file)  # empty, or only zero bytes: said so (N5)
    near: list[tuple[str, int, set[str]]] = []
    found = _sheet_rows(file, near)
    if found is None:
        from exports.register_cells import missing_columns

        if near:  # name what the nearest header row lacks (hostile review 5, C9)
            sheet, row, keys = max(near, key=lambda n: len(n[2]))
            raise ImportFileError([missing_columns(sheet, row, keys)], str(file))
        headers = ", ".join(f"{c.nl} / {c.en}" for c in COLUMNS if c.key in REQUIRED)
        raise ImportFileError([problem("register_no_sheet", headers=headers, look=15)], str(file))
    sheet, rows, formulas, merged = found
    header = find_header(rows)
    assert header is not None
    number, columns = header
    from exports.register_cells import check_header, merged_problems

    merge_errors, merge_warnings = merged_problems(merged, number, dict(rows)[number], sheet)
    if any(e.row == number for e in merge_errors):  # the header itself
        raise ImportFileError(list[Problem](merge_errors), str(file))
    check_header(str(file), sheet, number, dict(rows)[number])
    base = into if into is not None else Case(CaseInfo(title=file.stem or "Mandaatregister"))
    reader = RowReader(base, str(file), sheet, dict(rows)[number], columns, formulas)
    for e in merge_errors:
        reader.problems.record(e)
    for w in merge_warnings:
        reader.problems.warn(w.key, sheet=w.sheet, row=w.row, column=w.column, **w.params)
    for row_number, cells in rows:
        if row_number > number:
            reader.row(row_number, cells)
    return reader.finish()

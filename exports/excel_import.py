"""Reading the report workbook back, after a user edited it in Excel.

Sheets are found by name (Dutch or English) or, failing that, by their headers; columns by
header in either language or by field name, in any order. Labels, values and synonyms are
all accepted ("Bestuurder", "administrator", "wethouder"). References to actors may be ids
or names, so a row typed in by hand (no id, names only) imports too. Rows without any value
are skipped with a warning; bad values are reported per sheet, row and column.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from exports.builder import CaseBuilder, ImportResult, Where
from exports.excel_columns import CASE_ROW_ALIASES, CASE_ROWS, SHEETS, Column, SheetSpec, header_key
from exports.safety import CELL_LIMIT, XlsxLimits, continued_texts, open_workbook
from exports.values import MISSING, from_cell
from models.entities import CaseInfo
from models.errors import FieldError
from models.fields import CASE_FIELDS, by_name

__all__ = ["is_report", "read_info_sheet", "read_report", "read_report_workbook", "read_table"]

_REFS = {
    "relationships": ("source", "target"),
    "mandates": ("grantor", "holder"),
    "needs": ("handler",),
    "powers": ("holder",),
    "agreements": ("decider",),
}
# sheets added with format version 2: found by their name only (older workbooks lack them)
_BY_NAME_ONLY = frozenset({"organisations", "powers", "agreements", "accepted"})
_ADDERS = {
    "relationships": CaseBuilder.add_relationship,
    "mandates": CaseBuilder.add_mandate,
    "needs": CaseBuilder.add_need,
}


def rows_of(ws: Any) -> Iterator[tuple[int, tuple[object, ...]]]:
    """``(row number, values)`` of a worksheet, trusting no declared dimension; texts longer
    than a cell holds are joined with their rest from the hidden sheet (see
    :func:`exports.safety.write_cell`)."""
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    wb = getattr(ws, "parent", None)
    rest = {
        (row, column): text
        for (sheet, row, column), text in continued_texts(wb).items()
        if sheet == ws.title
    }
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        row = tuple(values)
        if rest:
            row = tuple(
                v + rest[(number, i + 1)]
                if isinstance(v, str) and len(v) == CELL_LIMIT and (number, i + 1) in rest
                else v
                for i, v in enumerate(row)
            )
        yield number, row


def _header_fields(ws: Any, spec: SheetSpec) -> set[str]:
    first = next(rows_of(ws), None)
    if first is None:
        return set()
    lookup = spec.lookup()
    return {lookup[header_key(h)].field for h in first[1] if header_key(h) in lookup}


_REQUIRED = {
    "actors": {"name", "kind"},
    "relationships": {"source", "target", "kind"},
    "mandates": {"grantor", "holder", "power"},
    "needs": {"decision"},
    "organisations": {"name"},
    "powers": {"name"},
    "agreements": {"name"},
    "accepted": {"finding", "reason"},
}


def _find_sheet(wb: Any, spec: SheetSpec) -> Any:
    """The sheet for ``spec``: by name (nl/en) with the key columns, else by its headers."""
    names = {header_key(spec.en), header_key(spec.nl), header_key(spec.key)}
    required = _REQUIRED[spec.key]
    wanted = {c.field for c in spec.columns if not c.is_helper}
    for ws in wb.worksheets:
        if header_key(ws.title) in names and required <= _header_fields(ws, spec):
            return ws
    if spec.key in _BY_NAME_ONLY:
        return None
    for ws in wb.worksheets:
        found = _header_fields(ws, spec)
        if required <= found and len(found) >= max(3, len(wanted) // 2):
            return ws
    return None


def is_report(wb: Any) -> bool:
    """Whether ``wb`` looks like our report (an actors sheet with our headers)."""
    return _find_sheet(wb, SHEETS[0]) is not None


def _columns(headers: tuple[object, ...], spec: SheetSpec) -> dict[int, Column]:
    lookup = spec.lookup()
    found: dict[int, Column] = {}
    for i, header in enumerate(headers):
        col = lookup.get(header_key(header))
        if col is not None and col not in found.values():
            found[i] = col
    return found


def read_table(builder: CaseBuilder, ws: Any, spec: SheetSpec) -> None:
    """Read the rows of ``ws`` as ``spec`` (e.g. the needs sheet of a Kumu workbook)."""
    _read_sheet(builder, ws, spec)


def _read_sheet(builder: CaseBuilder, ws: Any, spec: SheetSpec) -> None:
    rows = rows_of(ws)
    first = next(rows, None)
    if first is None:
        return
    columns = _columns(first[1], spec)
    specs = spec.fields()
    for number, values in rows:
        where = Where(ws.title, number)
        raw: dict[str, object] = {}
        helpers: dict[str, object] = {}
        for i, col in columns.items():
            value = values[i] if i < len(values) else None
            if col.is_helper:
                helpers[col.field.split(":", 1)[1]] = value
            else:
                raw[col.field] = value
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            builder.problems.warn("empty_row", sheet=ws.title, row=number)
            continue
        headers = {c.field: c.header("en") for c in columns.values()}
        refs = {name: raw.pop(name, None) for name in _REFS.get(spec.key, ())}
        converted = builder.convert(specs, raw, where, headers)
        if spec.key == "actors":
            for axis in ("x", "y"):
                value = raw.get(axis)
                number = isinstance(value, (int, float)) and not isinstance(value, bool)
                if converted is not None and number:
                    converted[axis] = float(value)  # type: ignore[arg-type]
            if converted is not None:
                builder.add_actor(converted, where)
            continue
        ok = converted is not None
        for name, ref in refs.items():
            actor_id = builder.actor_ref(ref) or builder.actor_ref(helpers.get(name))
            if actor_id is None:
                if ref in (None, "") and helpers.get(name) in (None, "") and specs[name].nullable:
                    actor_id = None
                else:
                    shown = ref if ref not in (None, "") else helpers.get(name)
                    builder.problems.error(
                        "unknown_actor_skipped", sheet=ws.title, row=number,
                        column=headers.get(name, name), name=shown if shown is not None else "",
                    )  # fmt: skip
                    ok = False
            if converted is not None:
                converted[name] = actor_id
        if ok and converted is not None and spec.key in _ADDERS:
            _ADDERS[spec.key](builder, converted, where)
        elif ok and converted is not None:
            builder.add_whole(spec.kind, converted, where)


def _read_info(builder: CaseBuilder, wb: Any) -> CaseInfo:
    overview = None
    for ws in wb.worksheets:
        if header_key(ws.title) in ("overview", "overzicht"):
            overview = ws
    return read_info_sheet(builder, overview)


def read_info_sheet(builder: CaseBuilder, overview: Any, title: str = "Import") -> CaseInfo:
    """The case header from a sheet of label/value rows (our Overview, Kumu's case sheet)."""
    specs = by_name(CASE_FIELDS)
    keys = {}
    for field, en, nl in CASE_ROWS:
        for alias in (en, nl, field, *CASE_ROW_ALIASES.get(field, ())):
            keys[header_key(alias)] = field
    values: dict[str, Any] = {}
    if overview is not None:
        for number, row in rows_of(overview):
            if number > 40:
                break
            if not row:
                continue
            name = keys.get(header_key(row[0]))
            if name is None or name in values or len(row) < 2:
                continue
            try:
                value = from_cell(specs[name], row[1])
            except FieldError as exc:
                builder.problems.error(
                    exc.key, sheet=overview.title, row=number, column="B", **exc.params
                )
                continue
            if value is not MISSING:
                values[name] = value
    found = values.get("title")
    return CaseInfo(
        title=found if isinstance(found, str) and found.strip() else title,
        intent=values.get("intent") or "",
        description=values.get("description") or "",
        as_of=values.get("as_of"),
        intent_owner=values.get("intent_owner"),
    )


def read_report_workbook(wb: Any, source: str = "") -> ImportResult:
    """The case in an opened report workbook."""
    builder = CaseBuilder(source)
    for spec in SHEETS:
        ws = _find_sheet(wb, spec)
        if ws is None:
            if spec.key == "actors":
                headers = ", ".join(c.en for c in spec.columns[:3])
                builder.problems.error("no_sheet", what=spec.en, headers=headers)
            continue
        _read_sheet(builder, ws, spec)
    info = _read_info(builder, wb)
    return builder.build(info)


def read_report(path: str | os.PathLike[str], limits: XlsxLimits | None = None) -> ImportResult:
    """Read a report workbook (checked for zip bombs and size first)."""
    wb = open_workbook(path, limits) if limits is not None else open_workbook(path)
    try:
        return read_report_workbook(wb, str(path))
    finally:
        wb.close()
